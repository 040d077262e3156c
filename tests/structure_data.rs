//! Article structure as data: each `tests/data/structure/NAME.txt` is a small made-up page and
//! `NAME.expect` what the parser must make of it (title, headings, removed lines and reasons).
//!
//! The expect file has one fact a line, `key: value`:
//! - `title: …` the headline (absent: no title expected);
//! - `standfirst: …` optional, the deck under the headline;
//! - `heading: …` each section heading, in order (absent: no headings);
//! - `removed: reason | text` each removed block, in order (absent: nothing removed);
//! - `paragraphs: N N …` optional, body paragraphs per section, intro first;
//! - `diagnostic: kind` optional, a diagnostic kind that must be reported.
//!
//! Every case is also checked with `verify_accounting`.

use std::path::Path;

use qa_reader::core::{parse, verify_accounting, Block};

#[derive(Default)]
struct Expect {
    title: Option<String>,
    standfirst: Option<String>,
    headings: Vec<String>,
    removed: Vec<(String, String)>,
    paragraphs: Option<Vec<usize>>,
    diagnostics: Vec<String>,
}

fn read_expect(text: &str, name: &str) -> Expect {
    let mut e = Expect::default();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("{name}.expect: no `key: value` in {line:?}"));
        match key {
            "title" => e.title = Some(value.to_string()),
            "standfirst" => e.standfirst = Some(value.to_string()),
            "heading" => e.headings.push(value.to_string()),
            "removed" => {
                let (reason, text) = value
                    .split_once(" | ")
                    .unwrap_or_else(|| panic!("{name}.expect: `removed: reason | text`"));
                e.removed.push((reason.to_string(), text.to_string()));
            }
            "paragraphs" => {
                e.paragraphs = Some(
                    value
                        .split_whitespace()
                        .map(|n| n.parse().expect("a paragraph count"))
                        .collect(),
                )
            }
            "diagnostic" => e.diagnostics.push(value.to_string()),
            other => panic!("{name}.expect: unknown key {other:?}"),
        }
    }
    e
}

/// Parses one case and returns what differs from its expectation (empty when it passes).
fn check_case(input: &str, e: &Expect) -> Vec<String> {
    let (article, diagnostics) = parse(input);
    let mut problems = Vec::new();
    if let Err(breach) = verify_accounting(input, &article) {
        problems.push(format!("accounting: {breach}"));
    }
    if article.title != e.title {
        problems.push(format!("title {:?}, expected {:?}", article.title, e.title));
    }
    if e.standfirst.is_some() && article.standfirst != e.standfirst {
        problems.push(format!(
            "standfirst {:?}, expected {:?}",
            article.standfirst, e.standfirst
        ));
    }
    let headings: Vec<String> = article
        .sections
        .iter()
        .filter_map(|s| s.heading.clone())
        .collect();
    if headings != e.headings {
        problems.push(format!("headings {headings:?}, expected {:?}", e.headings));
    }
    let removed: Vec<(String, String)> = article
        .removed
        .iter()
        .map(|r| (r.reason.as_str().to_string(), r.text.clone()))
        .collect();
    if removed != e.removed {
        problems.push(format!("removed {removed:?}, expected {:?}", e.removed));
    }
    if let Some(expected) = &e.paragraphs {
        let counts: Vec<usize> = article
            .sections
            .iter()
            .map(|s| {
                s.blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Paragraph(_)))
                    .count()
            })
            .collect();
        if &counts != expected {
            problems.push(format!("paragraphs {counts:?}, expected {expected:?}"));
        }
    }
    let kinds: Vec<&str> = diagnostics.iter().map(|d| d.kind.as_str()).collect();
    for want in &e.diagnostics {
        if !kinds.contains(&want.as_str()) {
            problems.push(format!("no {want} diagnostic among {kinds:?}"));
        }
    }
    problems
}

#[test]
fn every_structure_case_parses_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/structure");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/structure exists")
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".txt"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 10,
        "expected the structure cases, found {names:?}"
    );
    let mut failures = Vec::new();
    for name in &names {
        let input = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let expect = std::fs::read_to_string(dir.join(format!("{name}.expect")))
            .unwrap_or_else(|_| panic!("{name}.txt has no {name}.expect"));
        let problems = check_case(&input, &read_expect(&expect, name));
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
