//! The command-line tool as users run it: output, exit codes and one-line errors.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qa-reader"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

const SEED: &str = "seeds/aljazeera-eastern-stronghold-explainer.txt";

#[test]
fn parse_prints_article_json() {
    let out = run(&["parse", SEED]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sections"].as_array().unwrap().len(), 5);
    assert_eq!(json["source"], "Aljazeera");
}

#[test]
fn check_reads_its_own_json_output_too() {
    let parsed = run(&["parse", SEED]);
    let dir = std::env::temp_dir().join(format!("qa-reader-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json_path = dir.join("article.json");
    std::fs::write(&json_path, &parsed.stdout).unwrap();
    let from_text = run(&["check", SEED]);
    let from_json = run(&["check", json_path.to_str().unwrap()]);
    assert!(from_text.status.success() && from_json.status.success());
    assert_eq!(from_text.stdout, from_json.stdout);
    let report = String::from_utf8(from_text.stdout).unwrap();
    assert!(report.contains("Is the takeover imminent?"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn errors_are_one_line_with_exit_code_2() {
    let dir = std::env::temp_dir().join(format!("qa-reader-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "\n  \n\t\n").unwrap();
    let empty = empty.to_str().unwrap();
    let cases: [&[&str]; 11] = [
        &["parse", "no/such/file.txt"],
        &["parse", "src"],
        &["check", empty],
        &["frobnicate"],
        &[],
        &["check"],
        &["eval", "src"],
        &["parse", "a", "b"],
        &["eval", "seeds", "--without", "no-such-rule"],
        &["eval", "seeds", "--without"],
        &["eval", "seeds", "--strict"],
    ];
    for args in cases {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("qa-reader: error: "), "{err}");
    }
    let out = run(&["parse", "src"]);
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("is a directory"));
    let out = run(&["check", empty]);
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("no article text"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn help_after_any_command_prints_the_usage() {
    for args in [
        &["eval", "--help"][..],
        &["parse", "-h"],
        &["render", "x.txt", "--help"],
    ] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}");
        let usage = String::from_utf8(out.stdout).unwrap();
        assert!(usage.starts_with("usage: qa-reader"), "{args:?}: {usage}");
    }
}

#[test]
fn bad_json_and_binary_input_are_reported_not_panicked() {
    let dir = std::env::temp_dir().join(format!("qa-reader-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_json = dir.join("bad.json");
    std::fs::write(&bad_json, "{\"title\": 3}").unwrap();
    let binary = dir.join("bin.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    for p in [&bad_json, &binary] {
        let out = run(&["check", p.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"));
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn eval_scores_the_corpus_when_present() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.is_dir() {
        eprintln!("note: {} is absent; eval check skipped", dir.display());
        return;
    }
    let out = run(&["eval", dir.to_str().unwrap()]);
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    // The totals are the last line; disagreements and the per-rule table come before.
    assert!(report.lines().last().unwrap().starts_with("TOTAL"));
    assert_eq!(report.lines().filter(|l| l.starts_with("TOTAL")).count(), 1);
    assert!(report.contains("00_aljazeera_pokrovsk.txt"));
    assert!(report.contains("      ours: ") && report.contains("   gold: "));
    let rule_rows = |r: &str| -> Vec<String> {
        r.lines()
            .skip_while(|l| !l.starts_with("rule "))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .map(|l| l.split_whitespace().next().unwrap().to_string())
            .collect()
    };
    assert!(rule_rows(&report).contains(&"verb-after".to_string()));
    // Switching a rule off removes its row and changes the totals.
    let without = run(&["eval", dir.to_str().unwrap(), "--without", "verb-after"]);
    assert!(without.status.success());
    let without = String::from_utf8(without.stdout).unwrap();
    assert!(!rule_rows(&without).contains(&"verb-after".to_string()));
    assert_ne!(report.lines().last(), without.lines().last());
}

/// Regression: `eval --without` re-attributed the parsed article without the headline that
/// primes the roster, so switching off a rule that decides nothing changed the scores.
#[test]
fn parsing_without_a_rule_that_decides_nothing_changes_nothing() {
    use qa_reader::core::{attribution::RULES, parse, parse_without};
    // The headline is the one place the mayor's full name is given: `--without` once lost
    // the headline's names, and with them what `Vance said` resolves to.
    let text = "Mayor Ida Vance says the harbour will stay shut\n\n\
        The harbour has been closed since the storm.\n\n\
        \"We will not reopen it this winter,\" Vance said on Monday.\n\n\
        Fishermen have moved their boats to the next town.";
    let (article, _) = parse(text);
    assert_eq!(
        article
            .experts
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>(),
        ["Ida Vance"]
    );
    let fired: Vec<&str> = article
        .paragraphs()
        .flat_map(|(_, p)| p.evidence.iter().map(|e| e.rule.as_str()))
        .collect();
    let json = serde_json::to_string(&article).unwrap();
    let idle: Vec<_> = RULES
        .iter()
        .filter(|r| !fired.contains(&r.as_str()))
        .collect();
    assert!(!idle.is_empty());
    for &rule in idle {
        let without = parse_without(text, &[rule]);
        assert_eq!(
            serde_json::to_string(&without).unwrap(),
            json,
            "without {rule:?}"
        );
    }
}

/// The same through `eval` on `corpus-polnear/dev`, whose headlines name people (skipped
/// when it is absent).
#[test]
fn eval_without_a_rule_that_decides_nothing_changes_nothing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-polnear/dev");
    if !dir.is_dir() {
        eprintln!("note: {} is absent; eval check skipped", dir.display());
        return;
    }
    let report = String::from_utf8(run(&["eval", dir.to_str().unwrap()]).stdout).unwrap();
    let rows: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.starts_with("rule "))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    // (Once every rule decides something on dev, the made-up article above is the check.)
    let Some(idle) = qa_reader::core::attribution::RULES
        .iter()
        .map(|r| r.as_str())
        .find(|r| !rows.contains(r))
    else {
        eprintln!("note: every rule decides something on dev; eval check skipped");
        return;
    };
    let off = run(&["eval", dir.to_str().unwrap(), "--without", idle]);
    assert_eq!(
        String::from_utf8(off.stdout).unwrap(),
        report,
        "--without {idle}"
    );
}
