//! Parser tests on the seed, on every article of the development corpus (when present),
//! and on generated inputs: the structure is right and no line is ever lost.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use qa_reader::core::{
    pack_paragraphs, parse, parse_article, unpack_paragraphs, verify_accounting, Article, Block,
    Paragraph, Reason, Section,
};

const SEED: &str = qa_reader::SEED_ARTICLE_TEXT;

fn headings(a: &Article) -> Vec<&str> {
    a.sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect()
}

/// The development corpus beside the project; `None` (with a note) where it is absent.
fn corpus() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} is absent; corpus checks skipped", dir.display());
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Some(files)
}

#[test]
fn seed_has_title_once_and_its_four_questions() {
    let (a, _) = parse(SEED);
    assert_eq!(
        a.title.as_deref(),
        Some("Is the fall of Pokrovsk, Ukraine’s key eastern stronghold, inevitable?")
    );
    assert_eq!(
        headings(&a),
        [
            "Is the takeover imminent?",
            "Why does Russia want Pokrovsk so badly?",
            "How will peace talks be affected?",
            "What are the economic consequences if Pokrovsk falls to Russia?",
        ]
    );
    assert_eq!(a.source.as_deref(), Some("Aljazeera"));
    let reasons: Vec<Reason> = a.removed.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons,
        [
            Reason::DuplicateTitle,
            Reason::AfterSource,
            Reason::AfterSource
        ]
    );
    verify_accounting(SEED, &a).unwrap();
}

#[test]
fn seed_figures_and_embed() {
    let (a, _) = parse(SEED);
    let figures: Vec<_> = a
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure(f) => Some(f),
            _ => None,
        })
        .collect();
    assert_eq!(figures.len(), 2);
    assert_eq!(
        figures[0].credit.as_deref(),
        Some("Anatolii Stepanov/Reuters")
    );
    assert_eq!(figures[1].alt.as_deref(), Some("Pokrovsk"));
    assert!(figures[1]
        .caption
        .starts_with("Ukrainian soldiers prepare to fire artillery"));
    let embed = a.sections[1]
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Embed(e) => Some(e),
            _ => None,
        })
        .expect("the interactive map placeholder");
    assert!(embed.label.starts_with("INTERACTIVE-WHO CONTROLS WHAT"));
    assert_eq!(embed.credit.as_deref(), Some("Al Jazeera"));
}

#[test]
fn seed_sections_hold_9_5_6_9_6_paragraphs_and_five_experts() {
    let (a, _) = parse(SEED);
    let counts: Vec<usize> = a
        .sections
        .iter()
        .map(|s| {
            s.blocks
                .iter()
                .filter(|b| b.as_paragraph().is_some())
                .count()
        })
        .collect();
    assert_eq!(counts, [9, 5, 6, 9, 6]);
    let experts: Vec<(&str, usize)> = a
        .experts
        .iter()
        .map(|e| (e.name.as_str(), e.paragraphs))
        .collect();
    assert_eq!(
        experts,
        [
            ("Kirill Sazonov", 4),
            ("Nikolay Mitrokhin", 4),
            ("Mariana Bazuhla", 1),
            ("Volodymyr Fesenko", 4),
            ("Pavel Lisyansky", 2)
        ]
    );
    let roles: Vec<&str> = a
        .experts
        .iter()
        .map(|e| e.role.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        roles,
        [
            "a Ukrainian political scientist-turned-serviceman",
            "a researcher with Germany’s Bremen University",
            "lawmaker",
            "head of the Kyiv-based Penta think tank",
            "head of the Strategic Research and Security Institute"
        ]
    );
}

#[test]
fn seed_paragraphs_stay_in_order() {
    let (a, _) = parse(SEED);
    let paragraphs: Vec<&str> = a.paragraphs().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(paragraphs.len(), 35);
    assert!(paragraphs[0].starts_with("But in recent weeks"));
    assert!(paragraphs[34].starts_with("After Pokrovsk, Moscow will push"));
}

#[test]
fn corpus_articles_lose_nothing() {
    // Titles, headings and attribution on the corpora are measured in tests/corpus.rs.
    let Some(files) = corpus() else { return };
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let (a, _) = parse(&text);
        verify_accounting(&text, &a).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

#[test]
fn every_json_block_has_its_kind_and_names() {
    let (a, _) = parse(SEED);
    let json = serde_json::to_value(&a).unwrap();
    for key in ["title", "source", "sections", "experts", "removed"] {
        assert!(json.get(key).is_some(), "top-level {key}");
    }
    let intro = &json["sections"][0];
    assert_eq!(intro["id"], "intro");
    assert!(intro["heading"].is_null());
    let kinds: Vec<&str> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["blocks"].as_array().unwrap())
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"paragraph") && kinds.contains(&"figure") && kinds.contains(&"embed"));
    let back: Article = serde_json::from_value(json).unwrap();
    assert_eq!(back, a, "JSON round-trips");
}

/// The widget's reader (`core::json`) reads back everything the CLI's serde writes: the
/// parser module's answers (serde's JSON) reach the widget this way.
#[test]
fn the_shared_json_reader_reads_back_what_parse_writes() {
    let mut texts = vec![SEED.to_string()];
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/structure");
    for entry in std::fs::read_dir(data).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(path).unwrap());
        }
    }
    for text in &texts {
        let (a, _) = parse(text);
        let json = serde_json::to_value(&a).unwrap();
        let mut back = qa_reader::core::json::article_from(&&json).unwrap();
        back.normalise();
        assert_eq!(back, a, "read back: {}", a.title.as_deref().unwrap_or("?"));
    }
}

#[test]
fn normalise_gives_repeated_section_ids_the_next_free_suffix() {
    use qa_reader::core::Section;
    let mut a = Article::default();
    for id in ["a", "a", "a-2", "a", "B c"] {
        a.sections.push(Section {
            id: id.into(),
            heading: Some(id.into()),
            ..Section::default()
        });
    }
    a.normalise();
    let ids: Vec<&str> = a.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["intro", "a", "a-2", "a-2-2", "a-3", "b-c"]);
}

#[test]
fn the_shared_json_reader_names_the_place_of_an_error() {
    let read = |text: &str| {
        let json: serde_json::Value = serde_json::from_str(text).unwrap();
        qa_reader::core::json::article_from(&&json).unwrap_err()
    };
    assert_eq!(read(r#"{"title": "t"}"#), "it has no \"sections\" list");
    assert_eq!(
        read(r#"{"sections": [{"id": "a", "blocks": [{"kind": "table"}]}]}"#),
        r#"article.sections[0].blocks[0].kind "table" must be "paragraph", "figure" or "embed""#
    );
    assert_eq!(
        read(
            r#"{"sections": [{"id": "a", "blocks": [{"kind": "paragraph", "text": "x", "lines": {"first": -1, "last": 2}}]}]}"#
        ),
        "article.sections[0].blocks[0].lines.first must be a whole number"
    );
    assert_eq!(
        read(r#"{"sections": [], "experts": [{"id": "a"}]}"#),
        "article.experts[0].name is missing (a string)"
    );
}

/// Lines of the kinds real pasted articles have, to build articles from.
fn line_kind() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Is the takeover imminent?".to_string()),
        Just("The air campaign".to_string()),
        Just("“Where will we go?”".to_string()),
        Just("Share".to_string()),
        Just("Advertisement".to_string()),
        Just("Source: Newswire".to_string()),
        Just("[Jane Doe/Reuters]".to_string()),
        Just("Getty Images".to_string()),
        Just("INTERACTIVE-WHO HOLDS WHAT copy-1".to_string()),
        Just("(Outlet)".to_string()),
        Just("Recommended Stories".to_string()),
        Just("list 1 of 4".to_string()),
        Just("WATCH | A video:".to_string()),
        Just("Duration 1:30".to_string()),
        Just("By JANE DOE".to_string()),
        Just("ABOUT THE AUTHOR".to_string()),
        Just("___".to_string()),
        "[A-Z][a-z]{1,8}( [a-z]{1,8}){0,12}[.?!]?".prop_map(|s| s),
        "[a-z]{1,8}( [a-z]{1,8}){0,6}".prop_map(|s| s),
        "\\PC{0,40}".prop_map(|s| s),
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    let sep = prop_oneof![
        Just("\n"),
        Just("\n\n"),
        Just("\r\n\r\n"),
        Just("\r"),
        Just("\n \n\t\n")
    ];
    proptest::collection::vec((line_kind(), sep), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(l, s)| l + s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_articles_lose_no_line(text in article_text()) {
        let (a, _) = parse(&text);
        prop_assert!(verify_accounting(&text, &a).is_ok(), "{:?}", verify_accounting(&text, &a));
    }

    /// The widget's entry point (no diagnostics) gives the same article as the CLI's.
    #[test]
    fn the_article_alone_is_the_article_parse_gives(text in article_text()) {
        prop_assert_eq!(parse_article(&text), parse(&text).0);
    }

    #[test]
    fn packed_paragraphs_read_back_as_written(texts in prop::collection::vec("\\PC{0,40}", 0..6)) {
        let article = Article {
            sections: vec![Section {
                blocks: texts.iter().map(|t| Block::Paragraph(Paragraph { text: t.clone(), ..Paragraph::default() })).collect(),
                ..Section::default()
            }],
            ..Article::default()
        };
        let back = unpack_paragraphs(&pack_paragraphs(&article));
        let read: Vec<&str> = back.paragraphs().map(|(_, p)| p.text.as_str()).collect();
        prop_assert_eq!(read, texts.iter().map(String::as_str).collect::<Vec<_>>());
    }

    #[test]
    fn any_bytes_unpack_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let back = unpack_paragraphs(&bytes);
        prop_assert!(back.paragraphs().count() <= bytes.len() / 4);
    }

    /// Frames with small lengths (random ones nearly always run past the end): several
    /// paragraphs, some of bytes that are not UTF-8, and a length cut short at the end.
    #[test]
    fn small_frames_unpack_in_order(
        frames in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..12), 0..6),
        tail in prop::collection::vec(any::<u8>(), 0..4),
    ) {
        let mut bytes = Vec::new();
        for f in &frames {
            bytes.extend_from_slice(&(f.len() as u32).to_le_bytes());
            bytes.extend_from_slice(f);
        }
        bytes.extend_from_slice(&tail);
        let read: Vec<String> =
            unpack_paragraphs(&bytes).paragraphs().map(|(_, p)| p.text.clone()).collect();
        let want: Vec<String> =
            frames.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
        // A tail shorter than a length is dropped.
        prop_assert_eq!(read, want);
    }

    #[test]
    fn arbitrary_text_never_panics_and_loses_no_line(text in "\\PC{0,400}") {
        let (a, _) = parse(&text);
        prop_assert!(verify_accounting(&text, &a).is_ok(), "{:?}", verify_accounting(&text, &a));
    }
}

/// Non-comment lines of the `.rs` files in `src/<folder>`.
fn code_lines(folder: &str) -> Vec<(std::path::PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            if !line.trim_start().starts_with("//") {
                out.push((path.clone(), line.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_layers_only_reach_down() {
    // ui renders natively for `qa-reader render`, so it reaches the browser only through
    // dom, never through edge (the JavaScript boundary, wasm only); dom knows neither.
    // A module named as a path (`crate::edge`, `super::ui`) or in a `use` list.
    let names = |line: &str, module: &str| {
        let words: Vec<&str> = line
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .any(|w| matches!(w[0], "crate" | "super") && w[1] == module)
            || (line.trim_start().starts_with("use ") && words.contains(&module))
    };
    for (path, line) in code_lines("ui") {
        assert!(
            !names(&line, "edge"),
            "{} uses edge: {line}",
            path.display()
        );
    }
    for (path, line) in code_lines("dom") {
        for above in ["edge", "ui"] {
            assert!(
                !names(&line, above),
                "{} uses {above}: {line}",
                path.display()
            );
        }
    }
    assert!(names("use crate::{core, edge};", "edge") && names("super::edge::x()", "edge"));
    assert!(!names("let hedge = 1;", "edge"));
}

#[test]
fn the_core_uses_no_browser_crate() {
    // The core's files, one folder deep (the attribution engine is a folder of stages).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            paths.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            paths.push(path);
        }
    }
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for banned in [
            "yew",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "serde_wasm_bindgen",
        ] {
            let used = text.lines().any(|l| {
                let l = l.trim_start();
                !l.starts_with("//")
                    && (l.contains(&format!("{banned}::")) || l.contains(&format!("use {banned}")))
            });
            assert!(!used, "{} uses {banned}", path.display());
        }
        // Unicode case mapping links its tables (about 16 KB gzip) into the wasm; the core
        // folds with `text::fold_char` and ASCII/Latin-1 mappings instead.
        for banned in [
            ".to_uppercase()",
            ".to_lowercase()",
            "char::to_uppercase",
            "char::to_lowercase",
        ] {
            let used = text
                .lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(banned));
            assert!(!used, "{} calls {banned}", path.display());
        }
    }
}

#[test]
fn nothing_writes_markup() {
    // Article text reaches the DOM as text nodes only: no API that parses HTML is used.
    fn scan(dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                scan(&path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for banned in [
                "inner_html",
                "from_html_unchecked",
                "outer_html",
                "insert_adjacent_html",
                "innerHTML",
            ] {
                assert!(!text.contains(banned), "{} uses {banned}", path.display());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    scan(&root.join("src"));
    scan(&root.join("static"));
}

/// Regression (issue 13): `qa-reader check` on article JSON kept duplicate section ids and
/// unknown speakers that the widget cleaned up; both now go through `core::adopt`.
#[test]
fn article_json_goes_through_the_same_core_entry_as_the_widget() {
    use qa_reader::core::{adopt, DiagnosticKind};
    let json = r#"{"title": "A made-up guide", "sections": [
        {"id": "intro", "heading": null, "blocks": []},
        {"id": "q", "heading": "What is it?", "blocks": [
            {"kind": "paragraph", "text": "It is new, she said.", "speakers": ["ghost"]}]},
        {"id": "q", "heading": "Why now?", "blocks": [
            {"kind": "paragraph", "text": "Because it is time."}]}],
        "experts": [{"id": "jane-roe", "name": "Jane Roe"}]}"#;
    let article: Article = serde_json::from_str(json).unwrap();
    let (a, diagnostics) = adopt(article);
    let ids: Vec<&str> = a.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["intro", "q", "q-2"]);
    let para = a.sections[1].blocks[0].as_paragraph().unwrap();
    assert!(para.speakers.is_empty(), "{:?}", para.speakers);
    let kinds: Vec<DiagnosticKind> = diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            DiagnosticKind::UnknownSpeaker,
            DiagnosticKind::SectionIdRenamed
        ]
    );
}

/// The article with every attribution taken out, as article JSON that names no speakers.
fn unattributed(mut article: Article) -> Article {
    article.experts.clear();
    for block in article.sections.iter_mut().flat_map(|s| &mut s.blocks) {
        if let Block::Paragraph(p) = block {
            p.speakers.clear();
            p.quotes.clear();
            p.evidence.clear();
        }
    }
    article
}

/// The widget sends the parser module only the paragraphs of article JSON that names no
/// speakers (`core::pack_paragraphs`) and copies the attribution back: that must be what
/// `core::adopt` does with the whole article, on the seed (figures and an embed between its
/// paragraphs), the made-up structure articles and attribution cases, and every corpus
/// article (when present).
#[test]
fn attributing_packed_paragraphs_is_what_adopt_does() {
    use qa_reader::core::{adopt, attribution::attribute, take_attribution, tidy};
    let structure = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/structure");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(structure)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.extend(corpus().unwrap_or_default());
    let mut texts = vec![SEED.to_string()];
    texts.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    // The attribution cases, each file's paragraphs as one article (without the comments
    // and expectations).
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution");
    for entry in std::fs::read_dir(cases).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let paragraphs = text
            .lines()
            .filter(|l| !l.starts_with("=>") && !l.starts_with('#'));
        texts.push(paragraphs.collect::<Vec<_>>().join("\n"));
    }
    let mut attributed = 0;
    for text in &texts {
        let bare = unattributed(parse(text).0);
        let whole = adopt(bare.clone()).0;
        attributed += usize::from(!whole.experts.is_empty());
        let (mut article, _) = tidy(bare);
        let mut sent = unpack_paragraphs(&pack_paragraphs(&article));
        attribute(&mut sent);
        take_attribution(&mut article, sent);
        assert_eq!(
            article,
            whole,
            "{}",
            text.lines().next().unwrap_or_default()
        );
    }
    // Not a vacuous check: many of these articles quote someone.
    assert!(
        attributed * 3 > texts.len(),
        "{attributed} of {}",
        texts.len()
    );
}
