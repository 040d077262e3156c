//! `qa-reader render`: the reader prerendered natively by the same components, as a fragment
//! and as a page. What the browser then does with it is tested in `e2e/prerender.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use qa_reader::core::{parse, Article, Block};
use qa_reader::prerender::{fragment, page, reader_markup, DEFAULT_ASSETS};
use qa_reader::SEED_ARTICLE_TEXT;

/// The text a browser would show: tags and comments dropped, the entities Yew writes decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let end = if rest[start..].starts_with("<!--") {
            rest[start..].find("-->").map(|e| start + e + 3)
        } else {
            rest[start..].find('>').map(|e| start + e + 1)
        };
        rest = &rest[end.expect("every tag is closed")..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn paragraphs(article: &Article) -> Vec<&str> {
    let mut out = Vec::new();
    for s in &article.sections {
        for b in &s.blocks {
            if let Block::Paragraph(p) = b {
                out.push(p.text.as_str());
            }
        }
    }
    out
}

#[test]
fn the_seed_renders_whole_as_text() {
    let (article, _) = parse(SEED_ARTICLE_TEXT);
    let html = reader_markup(article.clone());
    let text = text_of(&html);
    let title = article.title.as_deref().expect("the seed has a title");
    assert!(text.contains(title));
    let headings: Vec<&str> = article
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(headings.len(), 4);
    for h in &headings {
        assert!(text.contains(h), "heading {h:?} is in the markup");
    }
    let paragraphs = paragraphs(&article);
    assert_eq!(paragraphs.len(), 35);
    for p in &paragraphs {
        assert!(text.contains(p), "paragraph {p:?} is in the markup as text");
    }
    for e in &article.experts {
        assert!(text.contains(&e.name), "{} is in the roster", e.name);
    }
    // Every section open, and no control that would do nothing yet.
    assert_eq!(html.matches("class=\"qar-section qar-open").count(), 4);
    assert!(
        !html.contains("aria-expanded"),
        "no disclosure state on static headings"
    );
    assert!(!html.contains("<button"), "no button before the code runs");
    assert_eq!(html.matches("class=\"qar-panel\"").count(), 4);
}

#[test]
fn hostile_strings_stay_text_in_the_markup_and_the_json() {
    let payloads = [
        "<img src=x onerror=\"window.pwned=1\">",
        "<script>window.pwned=2</script>",
        "</template><script>window.pwned=3</script>",
        "</script><!-- <svg onload=\"window.pwned=4\">",
        "&lt;b&gt; & \"quoted\" 'single'",
    ];
    let text = format!(
        "A headline with {0}\n\n“{1},” said Jane Doe, a researcher at {3}.\n\nIs it safe? {2}\n\n“{4},” she said. {0}\n",
        payloads[0], payloads[1], payloads[2], payloads[3], payloads[4]
    );
    let (article, _) = parse(&text);
    let html = fragment(&article, DEFAULT_ASSETS, false);
    for p in payloads {
        assert!(!html.contains(p), "{p:?} appears unescaped in the fragment");
    }
    // Only the fragment's own tags: one module script, one JSON script, one template.
    assert_eq!(html.matches("<script").count(), 2, "{html}");
    assert_eq!(html.matches("</script").count(), 2);
    assert_eq!(html.matches("<template").count(), 1);
    assert_eq!(html.matches("</template").count(), 1);
    assert!(!html.contains("<img") && !html.contains("<svg"));
    // The JSON still says exactly what the article says.
    let start = html.find("class=\"qar-article\">").unwrap() + "class=\"qar-article\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let back: Article = serde_json::from_str(&html[start..end]).expect("the JSON parses back");
    assert_eq!(back, article);
    // And the markup shows the payloads as text.
    let shown = text_of(&reader_markup(article.clone()));
    for p in payloads {
        assert!(shown.contains(p), "{p:?} is shown as text");
    }
    // The page's title and the assets URL are escaped too.
    let html = page(&article, "/x/\"><script>window.pwned=5</script>/");
    assert!(!html.contains("<script>window.pwned"), "{html}");
    assert!(
        html.contains("<title>A headline with &lt;img"),
        "the title as text"
    );
}

/// `html` with the component names inside Yew's hydration markers (`<!--<[App]>-->`)
/// left out: debug builds write them, release builds do not, and hydration reads only the
/// markers themselves.
fn without_component_names(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--<") {
        let (head, tail) = rest.split_at(at + "<!--<".len());
        out.push_str(head);
        let tail = tail.strip_prefix('/').map_or(tail, |t| {
            out.push('/');
            t
        });
        match tail
            .strip_prefix('[')
            .and_then(|t| t.find(']').map(|e| &t[e + 1..]))
        {
            Some(after) => {
                out.push_str("[]");
                rest = after;
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_seed_fragment_is_byte_stable() {
    // The saved output changes only on purpose: rerun with QA_UPDATE_EXPECT=1 and review
    // the diff. Hydration depends on this markup matching what the browser builds.
    let expected =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/render/seed.fragment.html");
    let (article, _) = parse(SEED_ARTICLE_TEXT);
    let html = fragment(&article, DEFAULT_ASSETS, false);
    if std::env::var_os("QA_UPDATE_EXPECT").is_some() {
        std::fs::write(&expected, &html).unwrap();
    }
    let saved = std::fs::read_to_string(&expected).expect("tests/data/render/seed.fragment.html");
    assert!(
        without_component_names(&saved) == without_component_names(&html),
        "the seed's fragment changed; if on purpose, rerun with QA_UPDATE_EXPECT=1"
    );
    // Rendering twice gives the same bytes.
    assert_eq!(fragment(&article, DEFAULT_ASSETS, false), html);
}

#[test]
fn a_page_is_a_whole_document_around_the_fragment() {
    let (article, _) = parse(SEED_ARTICLE_TEXT);
    let html = page(&article, "/static/reader/");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(
        html.contains("<title>Is the fall of"),
        "the title names the page"
    );
    assert!(html.contains("href=\"/static/reader/page.css\""));
    assert!(html.contains("src=\"/static/reader/qa-reader-element.js\""));
    assert!(html.contains("href=\"/static/reader/qa-reader.css\""));
    // One reader on the page: it keeps its place in the location hash.
    assert!(html.contains("<qa-reader hash>"));
    assert!(html.trim_end().ends_with("</html>"));
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_qa-reader"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

#[test]
fn the_command_writes_a_page_or_a_fragment() {
    let seed = "seeds/aljazeera-eastern-stronghold-explainer.txt";
    let out = cli(&["render", seed]);
    assert!(out.status.success());
    let page_html = String::from_utf8(out.stdout).unwrap();
    assert!(page_html.starts_with("<!doctype html>"));

    let dir = std::env::temp_dir().join(format!("qa-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("fragment.html");
    let out = cli(&[
        "render",
        seed,
        "--fragment",
        "--assets",
        "https://cdn.example/qa",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with(
        "<link rel=\"preload\" as=\"style\" href=\"https://cdn.example/qa/qa-reader.css\">"
    ));
    assert!(written
        .contains("<script type=\"module\" src=\"https://cdn.example/qa/qa-reader-element.js\">"));
    assert!(!written.contains("<!doctype"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_arguments_get_one_line_errors() {
    for (args, wanted) in [
        (vec!["render"], "'render' needs an article file"),
        (
            vec!["render", "no/such/file.txt"],
            "cannot read 'no/such/file.txt': no such file",
        ),
        (vec!["render", "seeds", "--fragment"], "is a directory"),
        (
            vec!["render", "a.txt", "--wide"],
            "unknown option '--wide' for 'render'",
        ),
        (
            vec!["render", "a.txt", "--assets"],
            "'--assets' needs a value",
        ),
        (
            vec!["render", "a.txt", "b.txt"],
            "'render' takes one article",
        ),
    ] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(wanted), "{args:?}: {err}");
    }
}
