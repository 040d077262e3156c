//! Larger articles made from a real one, for benchmarks: N copies with distinct headings and experts.

use crate::core::prelude::*;

use ::core::fmt::Write as _;

use super::model::{Article, Block};
use super::parse::parse;

/// An article `n` times as long as `text`: the title once, then `n` copies of its body. In
/// copy `k` (from 2) every heading says `part k` and every expert's surname gets a suffix of
/// its own, so a bigger article has proportionally more sections and experts to filter.
pub fn scale(text: &str, n: usize) -> String {
    let (article, _) = parse(text);
    let mut out = String::with_capacity(text.len() * n.max(1));
    if let Some(title) = &article.title {
        out.push_str(title);
        out.push_str("\n\n");
    }
    for k in 1..=n.max(1) {
        write_copy(&mut out, &article, k);
    }
    if let Some(source) = &article.source {
        let _ = writeln!(out, "Source: {source}");
    }
    out
}

fn write_copy(out: &mut String, article: &Article, k: usize) {
    let surnames: Vec<(&str, String)> = article
        .experts
        .iter()
        .filter_map(|e| e.name.rsplit(' ').next())
        .map(|s| (s, format!("{s}{}", suffix(k))))
        .collect();
    let rename = |text: &str| {
        if k == 1 {
            return text.to_string();
        }
        surnames
            .iter()
            .fold(text.to_string(), |t, (from, to)| t.replace(from, to))
    };
    for section in &article.sections {
        if let Some(h) = &section.heading {
            let heading = if k == 1 {
                h.clone()
            } else {
                match h.strip_suffix('?') {
                    Some(q) => format!("{q}, part {k}?"),
                    None => format!("{h}, part {k}"),
                }
            };
            let _ = write!(out, "{heading}\n\n");
        }
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => {
                    let _ = write!(out, "{}\n\n", rename(&p.text));
                }
                Block::Figure(f) => {
                    if let Some(alt) = &f.alt {
                        let _ = writeln!(out, "{alt}");
                    }
                    let credit = f
                        .credit
                        .as_deref()
                        .map(|c| format!(" [{c}]"))
                        .unwrap_or_default();
                    let _ = write!(out, "{}{credit}\n\n", f.caption);
                }
                Block::Embed(e) => {
                    let credit = e
                        .credit
                        .as_deref()
                        .map(|c| format!("\n({c})"))
                        .unwrap_or_default();
                    let _ = write!(out, "{}{credit}\n\n", e.label);
                }
            }
        }
    }
}

/// `ab`, `ac`, …: lowercase letters that keep a surname a single capitalised word.
fn suffix(k: usize) -> String {
    let mut s = String::new();
    let mut k = k;
    while k > 0 {
        s.insert(0, char::from(b'a' + (k % 26) as u8));
        k /= 26;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_have_their_own_headings_and_experts() {
        let text = "A headline for a scaled article\n\nIntro text here, said Ann Lee.\n\nIs it over?\n\n“No,” Lee said.\n\nSource: Wire";
        let one = parse(&scale(text, 1)).0;
        let three = parse(&scale(text, 3)).0;
        assert_eq!(one.experts.len(), 1);
        assert_eq!(three.experts.len(), 3);
        // The intro of copies 2 and 3 joins the section before it: 1 intro + 3 questions.
        assert_eq!(three.sections.len(), 4);
        let headings: Vec<&str> = three
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        assert_eq!(
            headings,
            ["Is it over?", "Is it over, part 2?", "Is it over, part 3?"]
        );
        assert!(three.experts.iter().all(|e| e.paragraphs == 2));
        assert_eq!(three.source.as_deref(), Some("Wire"));
    }
}
