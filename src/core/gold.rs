//! Scoring the parser and attribution against hand-made annotations (`*.gold.json`).
//!
//! The format is documented in `docs/gold-format.md`: per speaker, the body paragraphs they
//! speak in, each identified by a prefix of its text. Scores are counts, so files add up.

use crate::core::prelude::*;

use ::core::fmt::Write as _;

use serde::Deserialize;

use super::model::{Article, Block};
use super::text::{fold, fold_diacritic};

/// One annotated article.
#[derive(Clone, Debug, Deserialize)]
pub struct Gold {
    /// The text file beside the gold file.
    pub file: String,
    /// The headline, if the stored copy has one.
    #[serde(default)]
    pub title: Option<String>,
    /// Section headings in the body, exact text.
    #[serde(default)]
    pub headings: Vec<String>,
    /// The people quoted, with the paragraphs they speak in.
    #[serde(default)]
    pub speakers: Vec<GoldSpeaker>,
    /// Body paragraphs per section, intro first (only some gold files have it).
    #[serde(default)]
    pub sections: Option<Vec<GoldSection>>,
}

/// One section of a gold file's `sections`: its heading and how many body paragraphs it has.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSection {
    /// The heading, `None` for the intro.
    #[serde(default)]
    pub heading: Option<String>,
    /// Body paragraphs in the section.
    pub paragraphs: usize,
}

/// A quoted person in a gold file.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSpeaker {
    /// Full name.
    pub name: String,
    /// Prefixes of the paragraphs they speak in.
    #[serde(default)]
    pub paragraphs: Vec<String>,
}

/// Counts for precision and recall.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and in the gold.
    pub hit: usize,
    /// Predicted.
    pub predicted: usize,
    /// In the gold.
    pub expected: usize,
}

impl Counts {
    /// Hits over predictions (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.hit, self.predicted)
    }
    /// Hits over gold items (1 when the gold is empty).
    pub fn recall(&self) -> f64 {
        ratio(self.hit, self.expected)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.hit += o.hit;
        self.predicted += o.predicted;
        self.expected += o.expected;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// (speaker, paragraph) pairs.
    pub pairs: Counts,
    /// The expert list, by name.
    pub experts: Counts,
    /// Section headings, by exact text.
    pub headings: Counts,
    /// Whether the title matched (when the gold has one).
    pub title: Option<bool>,
    /// Sections of the gold's `sections` whose heading and paragraph count both match ours
    /// (`hit` of `expected`; `predicted` counts our sections), when the gold has them.
    pub sections: Option<Counts>,
    /// When the gold has no headings: whether we found none either.
    pub headingless: Option<bool>,
    /// Pairs predicted but not in the gold: (speaker, paragraph start).
    pub false_pairs: Vec<(String, String)>,
    /// Gold pairs not predicted: (speaker, paragraph prefix).
    pub missed_pairs: Vec<(String, String)>,
    /// Pairs per deciding rule (the evidence's `rule`, `?` where none is recorded): `hit` and
    /// `predicted`; `expected` stays 0 (a rule's recall is its hits over all gold pairs).
    pub by_rule: Vec<(String, Counts)>,
    /// Paragraphs where our speakers and the gold's differ, in article order.
    pub disagreements: Vec<Disagreement>,
}

/// A paragraph whose predicted speakers differ from the gold's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disagreement {
    /// The paragraph's text, or the gold prefix when no paragraph starts with it.
    pub text: String,
    /// Whether a paragraph of ours starts with the gold prefix (false: the parser lost or
    /// reshaped it, and no attribution can match).
    pub found: bool,
    /// Our speakers (folded names) with the rule that decided each.
    pub predicted: Vec<(String, String)>,
    /// The gold's speakers (folded names).
    pub gold: Vec<String>,
}

/// A name folded for matching: lowercase, no diacritics, single spaces.
pub fn name_key(name: &str) -> String {
    fold(&name.chars().map(fold_diacritic).collect::<String>())
}

/// Scores an article (parsed and attributed) against its gold annotation.
pub fn score(article: &Article, gold: &Gold) -> Score {
    let paragraphs: Vec<&str> = article.paragraphs().map(|(_, p)| p.text.as_str()).collect();
    let find = |prefix: &str| {
        paragraphs
            .iter()
            .position(|t| t.starts_with(prefix.trim_end()))
    };

    let mut expected: Vec<(String, Option<usize>, &str)> = Vec::new();
    for s in &gold.speakers {
        for prefix in &s.paragraphs {
            expected.push((name_key(&s.name), find(prefix), prefix));
        }
    }
    let mut predicted: Vec<(String, usize, String)> = Vec::new();
    for (i, (_, p)) in article.paragraphs().enumerate() {
        for id in &p.speakers {
            if let Some(e) = article.expert(id) {
                let rule = p
                    .evidence
                    .iter()
                    .find(|ev| &ev.speaker == id)
                    .map(|ev| ev.rule.as_str())
                    .filter(|r| !r.is_empty())
                    .unwrap_or("?");
                predicted.push((name_key(&e.name), i, rule.to_string()));
            }
        }
    }
    let mut result = Score::default();
    result.pairs.predicted = predicted.len();
    result.pairs.expected = expected.len();
    for (name, i, rule) in &predicted {
        let hit = expected.iter().any(|(n, p, _)| n == name && *p == Some(*i));
        let at = match result.by_rule.iter().position(|(r, _)| r == rule) {
            Some(at) => at,
            None => {
                result.by_rule.push((rule.clone(), Counts::default()));
                result.by_rule.len() - 1
            }
        };
        result.by_rule[at].1.predicted += 1;
        result.by_rule[at].1.hit += usize::from(hit);
        if hit {
            result.pairs.hit += 1;
        } else {
            let start: String = paragraphs[*i].chars().take(48).collect();
            result.false_pairs.push((name.clone(), start));
        }
    }
    for (name, p, prefix) in &expected {
        let found = p.is_some_and(|p| predicted.iter().any(|(n, i, _)| n == name && *i == p));
        if !found {
            result.missed_pairs.push((name.clone(), prefix.to_string()));
        }
    }
    for (i, text) in paragraphs.iter().enumerate() {
        let mut gold: Vec<String> = expected
            .iter()
            .filter(|(_, p, _)| *p == Some(i))
            .map(|(n, _, _)| n.clone())
            .collect();
        gold.dedup();
        let ours: Vec<(String, String)> = predicted
            .iter()
            .filter(|(_, p, _)| *p == i)
            .map(|(n, _, r)| (n.clone(), r.clone()))
            .collect();
        let same = ours.len() == gold.len() && ours.iter().all(|(n, _)| gold.contains(n));
        if !same {
            result.disagreements.push(Disagreement {
                text: text.to_string(),
                found: true,
                predicted: ours,
                gold,
            });
        }
    }
    for (name, _, prefix) in expected.iter().filter(|(_, p, _)| p.is_none()) {
        result.disagreements.push(Disagreement {
            text: prefix.to_string(),
            found: false,
            predicted: Vec::new(),
            gold: vec![name.clone()],
        });
    }

    let gold_names: Vec<String> = gold.speakers.iter().map(|s| name_key(&s.name)).collect();
    let our_names: Vec<String> = article.experts.iter().map(|e| name_key(&e.name)).collect();
    result.experts = Counts {
        hit: our_names.iter().filter(|n| gold_names.contains(n)).count(),
        predicted: our_names.len(),
        expected: gold_names.len(),
    };

    let ours: Vec<&str> = article
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    result.headings = Counts {
        hit: ours
            .iter()
            .filter(|h| gold.headings.iter().any(|g| g == *h))
            .count(),
        predicted: ours.len(),
        expected: gold.headings.len(),
    };
    result.title = gold
        .title
        .as_ref()
        .map(|t| article.title.as_deref() == Some(t.as_str()));
    result.headingless = gold.headings.is_empty().then_some(ours.is_empty());
    result.sections = gold.sections.as_ref().map(|expected| {
        let counts: Vec<(Option<&str>, usize)> = article
            .sections
            .iter()
            .map(|s| {
                let n = s
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Paragraph(_)))
                    .count();
                (s.heading.as_deref(), n)
            })
            .collect();
        Counts {
            hit: expected
                .iter()
                .filter(|g| counts.contains(&(g.heading.as_deref(), g.paragraphs)))
                .count(),
            predicted: counts.len(),
            expected: expected.len(),
        }
    });
    result
}

/// The report `qa-reader eval` prints: one row per file, every disagreement (paragraph text,
/// our speakers with the rule that decided each, the gold's), pairs per rule (precision, and
/// the share of all gold pairs each rule finds), and last the total row (micro-averaged).
pub fn report(files: &[(String, Score)]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<48} {:>15} {:>5} {:>15} {:>15} {:>7} {:>9} {:>7}",
        "file",
        "pairs P / R",
        "F1",
        "experts P / R",
        "headings P / R",
        "title",
        "sections",
        "no-head"
    );
    let mut total = Score::default();
    let (mut titles, mut sections, mut headingless) =
        (Tally::default(), Counts::default(), Tally::default());
    for (name, s) in files {
        let cells = [
            title_cell(s.title),
            s.sections
                .map_or("-".into(), |c| format!("{}/{}", c.hit, c.expected)),
            title_cell(s.headingless),
        ];
        let _ = writeln!(out, "{}", row(name, s, &cells));
        total.pairs.add(s.pairs);
        total.experts.add(s.experts);
        total.headings.add(s.headings);
        titles.add(s.title);
        headingless.add(s.headingless);
        if let Some(c) = s.sections {
            sections.add(c);
        }
    }
    let cells = [
        titles.to_string(),
        format!("{}/{}", sections.hit, sections.expected),
        headingless.to_string(),
    ];
    for (name, s) in files {
        if s.disagreements.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{name}: {} disagreements", s.disagreements.len());
        for d in &s.disagreements {
            let text: String = d.text.chars().take(160).collect();
            let cut = if text.len() < d.text.len() { "…" } else { "" };
            let ours: Vec<String> = d
                .predicted
                .iter()
                .map(|(who, rule)| format!("{who} [{rule}]"))
                .collect();
            let lost = if d.found {
                ""
            } else {
                " (no paragraph starts so)"
            };
            let _ = writeln!(out, "  ¶ {text}{cut}{lost}");
            let _ = writeln!(
                out,
                "      ours: {}   gold: {}",
                list_or_none(&ours),
                list_or_none(&d.gold)
            );
        }
    }
    let mut rules: Vec<(String, Counts)> = Vec::new();
    for (_, s) in files {
        for (rule, c) in &s.by_rule {
            match rules.iter_mut().find(|(r, _)| r == rule) {
                Some((_, t)) => t.add(*c),
                None => rules.push((rule.clone(), *c)),
            }
        }
    }
    rules.sort_by(|a, b| b.1.predicted.cmp(&a.1.predicted).then(a.0.cmp(&b.0)));
    let _ = writeln!(
        out,
        "\n{:<16} {:>6} {:>6} {:>6} {:>7}",
        "rule", "pairs", "right", "P", "R share"
    );
    for (rule, c) in &rules {
        let _ = writeln!(
            out,
            "{:<16} {:>6} {:>6} {:>6.3} {:>7.3}",
            rule,
            c.predicted,
            c.hit,
            c.precision(),
            ratio(c.hit, total.pairs.expected)
        );
    }
    // The totals stay the last line, for scripts that read it.
    let _ = writeln!(out, "\n{}", row("TOTAL", &total, &cells));
    out
}

fn list_or_none(names: &[String]) -> String {
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join(", ")
    }
}

/// How many of the files that have a yes/no measure say yes.
#[derive(Default)]
struct Tally {
    yes: usize,
    of: usize,
}

impl Tally {
    fn add(&mut self, v: Option<bool>) {
        if let Some(v) = v {
            self.of += 1;
            self.yes += usize::from(v);
        }
    }
}

impl ::core::fmt::Display for Tally {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        write!(f, "{}/{}", self.yes, self.of)
    }
}

fn title_cell(t: Option<bool>) -> String {
    match t {
        Some(true) => "ok".into(),
        Some(false) => "WRONG".into(),
        None => "-".into(),
    }
}

fn row(name: &str, s: &Score, cells: &[String; 3]) -> String {
    format!(
        "{:<48} {:>6.3} / {:>5.3} {:>5.3} {:>6.3} / {:>5.3} {:>6.3} / {:>5.3} {:>7} {:>9} {:>7}",
        name,
        s.pairs.precision(),
        s.pairs.recall(),
        s.pairs.f1(),
        s.experts.precision(),
        s.experts.recall(),
        s.headings.precision(),
        s.headings.recall(),
        cells[0],
        cells[1],
        cells[2]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Expert, Paragraph, Section};

    #[test]
    fn pairs_match_by_prefix_and_folded_name() {
        let article = Article {
            sections: vec![Section {
                id: "intro".into(),
                blocks: vec![
                    Block::Paragraph(Paragraph {
                        text: "“No,” said Renée Roe.".into(),
                        speakers: vec!["renee-roe".into()],
                        ..Paragraph::default()
                    }),
                    Block::Paragraph(Paragraph {
                        text: "Narration.".into(),
                        ..Paragraph::default()
                    }),
                ],
                ..Section::default()
            }],
            experts: vec![Expert {
                id: "renee-roe".into(),
                name: "Renée Roe".into(),
                ..Expert::default()
            }],
            ..Article::default()
        };
        let gold = Gold {
            file: "x.txt".into(),
            title: None,
            headings: vec![],
            speakers: vec![GoldSpeaker {
                name: "RENEE ROE".into(),
                paragraphs: vec!["“No,” said".into(), "Narration".into()],
            }],
            sections: Some(vec![GoldSection {
                heading: None,
                paragraphs: 2,
            }]),
        };
        let s = score(&article, &gold);
        assert_eq!(
            s.pairs,
            Counts {
                hit: 1,
                predicted: 1,
                expected: 2
            }
        );
        assert_eq!(
            s.experts,
            Counts {
                hit: 1,
                predicted: 1,
                expected: 1
            }
        );
        assert_eq!(s.missed_pairs.len(), 1);
        assert_eq!(
            s.sections,
            Some(Counts {
                hit: 1,
                predicted: 1,
                expected: 1
            })
        );
        assert_eq!(s.headingless, Some(true));
    }
}
