//! Attribution constructions as data: each `tests/data/attribution/*.txt` is a made-up article
//! with, under each paragraph, the speakers expected for it and the rule that should decide.
//!
//! File format: `#` lines are comments; blocks are separated by blank lines; a block's lines
//! that start with `=>` are its expectations: `=> Name [rule]`, several joined by `; `, or
//! `=> -` for no speaker. Every paragraph block must have one. The article is the blocks
//! (without their `=>` lines) under a made-up headline.

use std::path::Path;

use qa_reader::core::{parse, verify_accounting};

/// One paragraph of a case file: its text and the expected `(name, rule)` pairs.
struct Expected {
    text: String,
    speakers: Vec<(String, String)>,
}

fn read_case(text: &str) -> Vec<Expected> {
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let mut body = Vec::new();
        let mut want: Option<Vec<(String, String)>> = None;
        for line in block.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix("=>") {
                let rest = rest.trim();
                let list = if rest == "-" {
                    Vec::new()
                } else {
                    rest.split("; ")
                        .map(|item| {
                            let (name, rule) = item
                                .rsplit_once(" [")
                                .unwrap_or_else(|| panic!("`{item}` lacks a [rule]"));
                            (
                                name.trim().to_string(),
                                rule.trim_end_matches(']').to_string(),
                            )
                        })
                        .collect()
                };
                want = Some(list);
            } else {
                body.push(line);
            }
        }
        if body.is_empty() {
            continue;
        }
        let text = body.join(" ");
        let speakers = want.unwrap_or_else(|| panic!("paragraph without `=>`: {text}"));
        out.push(Expected { text, speakers });
    }
    out
}

/// Runs one case file; returns a description of every paragraph that differs.
fn run_case(path: &Path) -> Vec<String> {
    let cases = read_case(&std::fs::read_to_string(path).unwrap());
    let text = format!(
        "A made-up headline for an attribution test\n\n{}",
        cases
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    let (article, _) = parse(&text);
    verify_accounting(&text, &article).unwrap();
    let paragraphs: Vec<_> = article.paragraphs().map(|(_, p)| p).collect();
    let mut problems = Vec::new();
    if paragraphs.len() != cases.len() {
        problems.push(format!(
            "{} paragraphs parsed, {} expected",
            paragraphs.len(),
            cases.len()
        ));
        return problems;
    }
    for (p, want) in paragraphs.iter().zip(&cases) {
        let got: Vec<(String, String)> = p
            .evidence
            .iter()
            .map(|e| {
                let name = article.expert(&e.speaker).map_or("?", |x| x.name.as_str());
                (name.to_string(), e.rule.clone())
            })
            .collect();
        if got != want.speakers {
            problems.push(format!(
                "{}\n    got  {got:?}\n    want {:?}",
                want.text, want.speakers
            ));
        }
    }
    problems
}

#[test]
fn every_attribution_case_file_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for f in &files {
        for problem in run_case(f) {
            failures.push(format!(
                "{}: {problem}",
                f.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
