//! Hostile and odd input: each case parses without panicking, keeps the nothing-lost
//! invariant, and gives the outcome written next to it.
#![cfg(not(target_arch = "wasm32"))]

use qa_reader::core::{parse, synth, verify_accounting, Article, Block};

/// Parses `input`, checks the invariants every input must keep, and returns the article.
fn check(input: &str) -> Article {
    let (article, _) = parse(input);
    verify_accounting(input, &article).unwrap_or_else(|e| panic!("{e}"));
    for (_, p) in article.paragraphs() {
        let mut end = 0;
        for q in &p.quotes {
            assert!(
                q.start >= end && q.start < q.end && q.end <= p.text.len(),
                "{q:?} in {:?}",
                p.text
            );
            assert!(p.text.is_char_boundary(q.start) && p.text.is_char_boundary(q.end));
            end = q.end;
        }
        for id in &p.speakers {
            assert!(article.expert(id).is_some(), "speaker {id} is an expert");
        }
    }
    article
}

fn paragraph_texts(a: &Article) -> Vec<&str> {
    a.paragraphs().map(|(_, p)| p.text.as_str()).collect()
}

const SEED: &str = qa_reader::SEED_ARTICLE_TEXT;

#[test]
fn empty_and_whitespace_only_give_an_empty_article() {
    for input in ["", " ", "\n\n\n", " \t \r\n \u{a0}\n"] {
        let a = check(input);
        assert_eq!(a.title, None);
        assert!(paragraph_texts(&a).is_empty());
        assert!(a.removed.is_empty());
    }
}

#[test]
fn a_ten_megabyte_article() {
    let text = synth::scale(SEED, 1500);
    assert!(text.len() > 10_000_000);
    let a = check(&text);
    assert_eq!(a.experts.len(), 5 * 1500);
    assert_eq!(a.sections.len(), 1 + 4 * 1500);
}

#[test]
fn a_one_megabyte_single_line_is_one_paragraph() {
    let line = "word ".repeat(200_000) + "end.";
    let a = check(&line);
    assert_eq!(a.title, None);
    assert_eq!(paragraph_texts(&a), [line.trim()]);
}

#[test]
fn a_hundred_thousand_blank_lines() {
    let text = format!(
        "A headline between many blank lines{}Body text.{}",
        "\n".repeat(100_000),
        "\n".repeat(100_000)
    );
    let a = check(&text);
    assert_eq!(
        a.title.as_deref(),
        Some("A headline between many blank lines")
    );
    assert_eq!(paragraph_texts(&a), ["Body text."]);
    assert_eq!(a.sections[0].blocks[0].lines().first, 100_001);
}

#[test]
fn crlf_lone_cr_and_bom_parse_like_lf() {
    let lf =
        "A headline about line endings\n\nIntro text, said Ann Lee.\n\nIs it over?\n\nNot yet.\n";
    let expected = check(lf);
    for variant in [
        lf.replace('\n', "\r\n"),
        lf.replace('\n', "\r"),
        format!("\u{feff}{lf}"),
    ] {
        let a = check(&variant);
        assert_eq!(a.title, expected.title);
        assert_eq!(paragraph_texts(&a), paragraph_texts(&expected));
        assert_eq!(a.experts, expected.experts);
    }
}

#[test]
fn nul_and_control_characters_are_kept_as_text() {
    let text = "A headline with \u{0} a NUL\n\nText \u{1}\u{7}\u{1b}[31m with controls.\n\n\u{0}\u{0}\u{0}";
    let a = check(text);
    // Followed only by a separator, the line reads as the standfirst.
    assert!(a
        .standfirst
        .as_deref()
        .is_some_and(|s| s.contains("\u{1b}[31m")));
}

#[test]
fn zero_width_and_bidi_controls() {
    let text = "A\u{200b}headline\u{200d} with \u{202e}bidi\u{202c} marks\n\n\u{200b}\n\n“Quote,”\u{2066} said Ann\u{200b} Lee.\u{2069}";
    check(text);
}

#[test]
fn right_to_left_and_mixed_scripts() {
    let text = "هل سقوط المدينة وشيك؟\n\nقال الباحث إن المدينة ستصمد.\n\nИван Петров сказал: «Это не конец».\n\n“It is over,” said 李明, a researcher.\n\nमुंबई में बारिश हुई.";
    let a = check(text);
    assert_eq!(a.title.as_deref(), Some("هل سقوط المدينة وشيك؟"));
    assert_eq!(paragraph_texts(&a).len(), 4);
}

#[test]
fn emoji_everywhere() {
    let text = "🔥 A headline 🔥 with emoji 🇺🇦\n\n“👍🏽 Yes,” said Ann Lee 👩‍🔬, a scientist.\n\nIs it over? 🤔\n\n😀😀😀";
    let a = check(text);
    assert_eq!(a.experts.len(), 1);
}

#[test]
fn unbalanced_nested_and_mixed_quote_marks() {
    for text in [
        "A headline about quotes here\n\n“Unclosed quote, said Ann Lee.\n\n”Closing first“ and «guillemets» mixed \"straight",
        "A headline about quotes here\n\n“Outer ‘inner “deep” inner’ outer,” Bo Chan said.",
        "A headline about quotes here\n\n\"\"\"\"\"\n\n“”“”\n\n«««»»»",
        "A headline about quotes here\n\n'single' ‘curly’ ’backwards‘ \"mixed”",
    ] {
        check(text);
    }
}

#[test]
fn a_heading_like_line_of_five_thousand_characters_is_a_paragraph() {
    let long = "Word ".repeat(1000).trim_end().to_string();
    let text = format!("A headline before a long line\n\nIntro text.\n\n{long}\n\nMore text.");
    let a = check(&text);
    assert!(a.sections.iter().all(|s| s.heading.is_none()));
    assert!(paragraph_texts(&a).contains(&long.as_str()));
}

#[test]
fn html_script_and_entities_are_kept_verbatim() {
    let payloads = [
        "<img src=x onerror=alert(1)>",
        "<script>alert('x')</script>",
        "<a href=\"javascript:alert(1)\">link</a>",
        "&lt;b&gt; &amp; &#x3C;",
    ];
    let text = format!(
        "A headline with <b>markup</b>\n\n{}\n\n{}\n\n{}\n\n{}",
        payloads[0], payloads[1], payloads[2], payloads[3]
    );
    let a = check(&text);
    assert_eq!(a.title.as_deref(), Some("A headline with <b>markup</b>"));
    let all: String = a
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Paragraph(p) => p.text.clone(),
            Block::Figure(f) => f.caption.clone(),
            Block::Embed(e) => e.label.clone(),
        })
        .chain(a.removed.iter().map(|r| r.text.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    for p in payloads {
        assert!(all.contains(p), "{p} was changed or lost");
    }
}
