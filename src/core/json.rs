//! Article JSON read from any JSON-like value, with errors that name the exact place: the
//! widget's reader of JavaScript objects, which native tests run on serde_json values.
//!
//! Why not serde's derives: in the wasm they cost far more than this reader (serde-wasm-bindgen
//! and its instantiated impls were 33 KB gzip; serde_json's for the article, 25 KB in the
//! parser module, which since reads no JSON at all), and they would word errors differently
//! from the widget's. The field names are those of the serde derives in `core::model`
//! (docs/article-json.md), which the CLI reads and writes with; `tests/parser.rs` checks
//! that this reader reads back everything `qa-reader parse` writes.

use crate::core::prelude::*;

use super::model::{
    Article, Block, Embed, Evidence, Expert, Figure, Lines, Paragraph, Reason, Removed, Section,
    Span, Via,
};

/// What a reader of a JSON-like value needs; `edge::convert` implements it for JavaScript
/// values, and this module for borrowed `serde_json::Value`s (for the native tests; reading
/// copies no subtree).
pub trait JsonValue: Sized {
    /// The member `key` of an object; `None` when it is absent or `null` (or `self` is not
    /// an object).
    fn member(&self, key: &str) -> Option<Self>;
    /// The value as a string, if it is one.
    fn as_text(&self) -> Option<String>;
    /// The value as a number, if it is one.
    fn as_number(&self) -> Option<f64>;
    /// The value as a boolean, if it is one.
    fn as_boolean(&self) -> Option<bool>;
    /// Whether the value is an object (not an array, not `null`).
    fn is_map(&self) -> bool;
    /// The items of an array; `None` when the value is not one.
    fn items(&self) -> Option<Vec<Self>>;
    /// The member names of an object (empty when the value is not one).
    fn keys(&self) -> Vec<String>;
}

/// What the reader returns: the value, or a message naming the place that is wrong.
pub type Result<T> = ::core::result::Result<T, String>;

/// The string at `obj[key]`, which must be there.
pub fn string<V: JsonValue>(obj: &V, key: &str, at: &str) -> Result<String> {
    opt_string(obj, key, at)?.ok_or_else(|| format!("{at}.{key} is missing (a string)"))
}

/// The string at `obj[key]`, if any.
pub fn opt_string<V: JsonValue>(obj: &V, key: &str, at: &str) -> Result<Option<String>> {
    obj.member(key)
        .map(|v| {
            v.as_text()
                .ok_or_else(|| format!("{at}.{key} must be a string"))
        })
        .transpose()
}

/// The boolean at `obj[key]`, if any.
pub fn opt_bool<V: JsonValue>(obj: &V, key: &str, at: &str) -> Result<Option<bool>> {
    obj.member(key)
        .map(|v| {
            v.as_boolean()
                .ok_or_else(|| format!("{at}.{key} must be true or false"))
        })
        .transpose()
}

fn count<V: JsonValue>(v: Option<V>, what: &str) -> Result<usize> {
    match v.and_then(|v| v.as_number()) {
        // (A whole number in range: it survives the round trip through `u32`. NaN fails it.)
        Some(n) if n >= 0.0 && n <= u32::MAX as f64 && f64::from(n as u32) == n => Ok(n as usize),
        _ => Err(format!("{what} must be a whole number")),
    }
}

/// The input lines at `obj[key]` (`{ first, last }`), absent when the JSON has none: article
/// JSON written by hand usually has none, `qa-reader parse` (and the parser module) write them.
fn opt_lines<V: JsonValue>(obj: &V, key: &str, at: &str) -> Result<Option<Lines>> {
    let Some(v) = obj.member(key) else {
        return Ok(None);
    };
    let at = format!("{at}.{key}");
    object(&v, &at)?;
    let line = |k: &str| count(v.member(k), &format!("{at}.{k}")).map(|n| n as u32);
    Ok(Some(Lines {
        first: line("first")?,
        last: line("last")?,
    }))
}

fn lines<V: JsonValue>(obj: &V, at: &str) -> Result<Lines> {
    Ok(opt_lines(obj, "lines", at)?.unwrap_or_default())
}

/// The array at `obj[key]` (absent reads as empty), each item read by `f`.
fn list<T, V: JsonValue>(
    obj: &V,
    key: &str,
    at: &str,
    f: impl Fn(&V, &str) -> Result<T>,
) -> Result<Vec<T>> {
    let Some(v) = obj.member(key) else {
        return Ok(Vec::new());
    };
    let items = v
        .items()
        .ok_or_else(|| format!("{at}.{key} must be a list"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| f(item, &format!("{at}.{key}[{i}]")))
        .collect()
}

/// `Ok` when `v` is an object.
pub fn object<V: JsonValue>(v: &V, at: &str) -> Result<()> {
    match v.is_map() {
        true => Ok(()),
        false => Err(format!("{at} must be an object")),
    }
}

/// Reads article JSON (the documented schema). `lines` and `removed` are optional; expert
/// paragraph counts are left at 0 for [`Article::normalise`] (or `recount_experts`), which
/// every client runs next.
pub fn article_from<V: JsonValue>(v: &V) -> Result<Article> {
    object(v, "the article")?;
    if v.member("sections").and_then(|s| s.items()).is_none() {
        return Err("it has no \"sections\" list".into());
    }
    let at = "article";
    Ok(Article {
        title: opt_string(v, "title", at)?,
        title_lines: opt_lines(v, "title_lines", at)?,
        standfirst: opt_string(v, "standfirst", at)?,
        standfirst_lines: opt_lines(v, "standfirst_lines", at)?,
        source: opt_string(v, "source", at)?,
        source_lines: opt_lines(v, "source_lines", at)?,
        sections: list(v, "sections", at, section_from)?,
        experts: list(v, "experts", at, expert_from)?,
        removed: list(v, "removed", at, removed_from)?,
    })
}

/// A removed block: its text and a reason by its JSON name (`Reason::from_name`, the same
/// names serde writes in the CLI).
fn removed_from<V: JsonValue>(v: &V, at: &str) -> Result<Removed> {
    object(v, at)?;
    let reason = string(v, "reason", at)?;
    Ok(Removed {
        text: string(v, "text", at)?,
        reason: Reason::from_name(&reason)
            .ok_or_else(|| format!("{at}.reason {reason:?} is not a known reason"))?,
        lines: lines(v, at)?,
    })
}

fn section_from<V: JsonValue>(v: &V, at: &str) -> Result<Section> {
    object(v, at)?;
    Ok(Section {
        id: string(v, "id", at)?,
        heading: opt_string(v, "heading", at)?,
        heading_lines: opt_lines(v, "heading_lines", at)?,
        blocks: list(v, "blocks", at, block_from)?,
    })
}

fn block_from<V: JsonValue>(v: &V, at: &str) -> Result<Block> {
    object(v, at)?;
    Ok(match string(v, "kind", at)?.as_str() {
        "paragraph" => Block::Paragraph(Paragraph {
            text: string(v, "text", at)?,
            speakers: list(v, "speakers", at, |s, at| {
                s.as_text().ok_or_else(|| format!("{at} must be a string"))
            })?,
            quotes: list(v, "quotes", at, |q, at| {
                Ok(Span {
                    start: count(q.member("start"), &format!("{at}.start"))?,
                    end: count(q.member("end"), &format!("{at}.end"))?,
                })
            })?,
            evidence: list(v, "evidence", at, |e, at| {
                let via = string(e, "via", at)?;
                Ok(Evidence {
                    speaker: string(e, "speaker", at)?,
                    cue: opt_string(e, "cue", at)?.unwrap_or_default(),
                    via: Via::from_name(&via)
                        .ok_or_else(|| format!("{at}.via {via:?} is not a known way"))?,
                    rule: opt_string(e, "rule", at)?.unwrap_or_default(),
                })
            })?,
            lines: lines(v, at)?,
        }),
        "figure" => Block::Figure(Figure {
            caption: opt_string(v, "caption", at)?.unwrap_or_default(),
            credit: opt_string(v, "credit", at)?,
            alt: opt_string(v, "alt", at)?,
            lines: lines(v, at)?,
        }),
        "embed" => Block::Embed(Embed {
            label: string(v, "label", at)?,
            credit: opt_string(v, "credit", at)?,
            lines: lines(v, at)?,
        }),
        other => {
            return Err(format!(
                "{at}.kind {other:?} must be \"paragraph\", \"figure\" or \"embed\""
            ))
        }
    })
}

fn expert_from<V: JsonValue>(v: &V, at: &str) -> Result<Expert> {
    object(v, at)?;
    Ok(Expert {
        id: string(v, "id", at)?,
        name: string(v, "name", at)?,
        role: opt_string(v, "role", at)?,
        paragraphs: 0,
    })
}

impl JsonValue for &serde_json::Value {
    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|v| !v.is_null())
    }
    fn as_text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_map(&self) -> bool {
        self.is_object()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().map(|a| a.iter().collect())
    }
    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}
