//! Floors on the shared corpora: attribution, titles, headings and section counts, measured
//! with the same scorer as `qa-reader eval`. Skipped, with a note, where `../shared` is absent.
//!
//! The floors ratchet: each is the figure the engine reached when it was last raised (see the
//! comment beside it), so a change that loses ground fails here. Raise them as the engine
//! improves; never lower them below what the code already reached.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use qa_reader::core::gold::{score, Counts, Gold};
use qa_reader::core::{parse, verify_accounting};

/// The totals of one folder of gold files.
#[derive(Default, Debug)]
struct Totals {
    files: usize,
    pairs: Counts,
    headings: Counts,
    titles: (usize, usize),
    sections: Counts,
    headingless: (usize, usize),
}

/// Parses every `*.txt` of `../shared/<folder>` that has a gold file, checks that it loses
/// nothing, and adds up its scores; `None` (with a note) when the folder is absent.
fn measure(folder: &str) -> Option<Totals> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "note: {} is absent; its corpus floors are skipped",
            dir.display()
        );
        return None;
    };
    let mut golds: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    let mut t = Totals::default();
    for g in golds {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&g).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", g.display()));
        let text = std::fs::read_to_string(g.with_file_name(&gold.file)).unwrap();
        let (article, _) = parse(&text);
        verify_accounting(&text, &article).unwrap_or_else(|e| panic!("{}: {e}", gold.file));
        let s = score(&article, &gold);
        t.files += 1;
        add(&mut t.pairs, s.pairs);
        add(&mut t.headings, s.headings);
        if let Some(ok) = s.title {
            t.titles.0 += usize::from(ok);
            t.titles.1 += 1;
        }
        if let Some(c) = s.sections {
            add(&mut t.sections, c);
        }
        if let Some(ok) = s.headingless {
            t.headingless.0 += usize::from(ok);
            t.headingless.1 += 1;
        }
    }
    assert!(t.files > 0, "no gold files in {}", dir.display());
    eprintln!("{folder}: {t:?}");
    Some(t)
}

fn add(a: &mut Counts, b: Counts) {
    a.hit += b.hit;
    a.predicted += b.predicted;
    a.expected += b.expected;
}

/// Floors are the measured figure truncated to three decimals.
fn at_least(what: &str, got: f64, floor: f64) {
    assert!(
        got >= floor,
        "{what} {got:.3} fell below its floor {floor:.3}"
    );
}

#[test]
fn explainer_corpus_stays_above_its_floors() {
    let Some(t) = measure("corpus") else { return };
    // Measured 2026-12-01 on 17 articles, first: pairs P 0.811 R 0.743; headings P 0.835
    // R 0.920; titles 16/17; section paragraph counts 35/72. After issues 12 and 13: pairs
    // P 0.967 R 0.871 (176 of 182 / 202); headings 87 of 88 / 88; titles 17/17; sections 67/72.
    // Issue 12, second pass: pairs P 1.000 R 0.941 (190 of 190 / 202). Third pass: R 0.946
    // (191 of 191 / 202). Fourth pass: R 0.950 (192 of 192 / 202).
    at_least("pair precision", t.pairs.precision(), 1.0);
    at_least("pair recall", t.pairs.recall(), 0.950);
    at_least("heading precision", t.headings.precision(), 0.988);
    at_least("heading recall", t.headings.recall(), 1.0);
    assert!(t.titles.0 >= 17, "titles {}/{}", t.titles.0, t.titles.1);
    assert!(t.sections.hit >= 71, "sections {:?}", t.sections);
    // Structure measured 2026-12-02: headings 88 of 89 / 88 (P 0.988 R 1.000); titles
    // 17/17; sections 71/72.
}

#[test]
fn hard_news_dev_stays_above_its_floors() {
    let Some(t) = measure("corpus-polnear/dev") else {
        return;
    };
    // Measured 2026-12-01 on 83 articles, first: pairs P 0.714 R 0.483; titles 8/83; no
    // heading found in 79/83. After issues 12 and 13: pairs P 0.788 R 0.775 (576 of 731 /
    // 743, F1 0.782); titles 83/83; no heading in 83/83. Issue 12, second pass: pairs
    // P 0.805 R 0.828 (615 of 764 / 743, F1 0.816). Third pass (quoted predicates, quoted
    // words inside a joined predicate's sentence): P 0.805 R 0.836 (F1 0.820). Fourth
    // pass (a pronoun after narration): P 0.806 R 0.837 (F1 0.821); a name opening with
    // `The` is a thing's: P 0.808 (622 of 770) R 0.837 (F1 0.822); `went on`: P 0.808 (624
    // of 772) R 0.840 (F1 0.824). Fifth pass: speech reported inside another's account:
    // P 0.815 (624 of 766) R 0.840 (F1 0.827); dashes, `Former`, reports by no one named:
    // P 0.816 (625 of 766) R 0.841 (F1 0.828); `made clear`, `quick to add`, `with Doe
    // noting`, and `agreed to` no statement: P 0.816 (626 of 767) R 0.843 (F1 0.829);
    // hometowns and states in apposition: P 0.816 (627 of 768) R 0.844 (F1 0.830). Sixth
    // pass (genders, no-break spaces in roles, roles in commas before the name): P 0.819
    // (630 of 769) R 0.848 (F1 0.833). Seventh pass (descriptors before a name, adverbs
    // opening sentences, `&`, `he promises`): P 0.822 (631 of 768) R 0.849 (F1 0.835); a
    // role before a name opens its sentence: P 0.826 (634 of 768) R 0.853 (F1 0.839).
    at_least("pair precision", t.pairs.precision(), 0.825);
    at_least("pair recall", t.pairs.recall(), 0.853);
    assert!(t.titles.0 >= 83, "titles {}/{}", t.titles.0, t.titles.1);
    assert!(
        t.headingless.0 >= 83,
        "articles without headings {}/{}",
        t.headingless.0,
        t.headingless.1
    );
}

#[test]
fn hard_news_train_stays_above_its_floors() {
    let Some(t) = measure("corpus-polnear/train") else {
        return;
    };
    // Measured 2026-12-01 on 837 articles, first: pairs P 0.715 R 0.508; titles 157/837; no
    // heading found in 797/837. After issues 12 and 13: pairs P 0.751 R 0.712 (4821 of 6418 /
    // 6763); titles 833/837; no heading in 824/837. Issue 12, second pass: pairs P 0.773
    // R 0.742 (5019 of 6489 / 6763). Third pass: P 0.773 R 0.746. Fourth pass (a surname
    // describing a role names no subject): P 0.774 (5046 of 6519) R 0.746; organisations
    // with `for` in their names, `who` in a description: 5051 of 6524 (R 0.7469); a name
    // opening with `The`: 5051 of 6519 (P 0.7748); `with NAME telling`, an age before the
    // name, `agrees NAME`: 5061 of 6530 (P 0.7750, R 0.7483); `went on`, narration kept
    // over one paragraph: 5066 of 6534 (P 0.7753, R 0.7491); `of` makes a place only after a
    // name: 5084 of 6550 (P 0.7762, R 0.7517); review mends (`with` a one-word name, a scene):
    // 5081 of 6546 (P 0.7762, R 0.7513). Fifth pass: speech reported inside another's
    // account: 5080 of 6514 (P 0.7799, R 0.7511); `states` only before `that`: 5081 of
    // 6502 (P 0.7814, R 0.7513); dashes, `Former`, reports by no one named: 5109 of 6525
    // (P 0.7829, R 0.7554); `made clear`, `quick to add`, `with Doe noting`: 5121 of 6540;
    // `agreed to` no statement (as the issue has it; PolNeAR counts agreeing): 5111 of 6527
    // (P 0.7831, R 0.7557); publication, watchdog and chamber words: 5116 of 6514 (P 0.7854,
    // R 0.7565); `of` in roles after the verb: 5117; hometowns and states in apposition,
    // openings of several phrases: 5120 of 6517 (P 0.7856, R 0.7571). Sixth pass: 5136 of
    // 6522 (P 0.7875, R 0.7594). Seventh pass: 5148 of 6529 (P 0.7885, R 0.7612); 5159 of
    // 6528 (P 0.7903, R 0.7628).
    at_least("pair precision", t.pairs.precision(), 0.790);
    at_least("pair recall", t.pairs.recall(), 0.762);
    assert!(t.titles.0 >= 834, "titles {}/{}", t.titles.0, t.titles.1);
    assert!(
        t.headingless.0 >= 829,
        "articles without headings {}/{}",
        t.headingless.0,
        t.headingless.1
    );
    // Structure measured 2026-12-02: titles 834/837; no heading in 830/837, by a rule that
    // also took the two question headings of an ordinary short explainer for rhetorical
    // questions (the example page's article lost its sections; tests/data/structure/
    // two_question_explainer.txt). Narrowed to two questions close together: 829/837.
}
