//! Article JSON and options between JavaScript objects and Rust, written by hand.
//!
//! serde-wasm-bindgen did this first; measured, it and the serde impls it instantiated cost
//! 33 KB of gzipped wasm (a fifth of the bundle; float formatting for error messages, the
//! internally-tagged enum buffer). Reading objects with `Reflect` costs a few kilobytes, and
//! its errors name the exact place (`sections[2].blocks[0].kind`). The names are those of
//! the serde derives in `core::model` (docs/article-json.md); native tests keep both in step.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::{
    Article, Block, Embed, Evidence, Expert, Figure, Lines, Paragraph, Reason, Removed, Section,
    Span, Via,
};
use crate::ui::{Labels, ReaderOptions};

type Result<T> = std::result::Result<T, String>;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

fn string(obj: &JsValue, key: &str, at: &str) -> Result<String> {
    opt_string(obj, key, at)?.ok_or_else(|| format!("{at}.{key} is missing (a string)"))
}

fn opt_string(obj: &JsValue, key: &str, at: &str) -> Result<Option<String>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| format!("{at}.{key} must be a string"))
}

fn opt_bool(obj: &JsValue, key: &str, at: &str) -> Result<Option<bool>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    v.as_bool()
        .map(Some)
        .ok_or_else(|| format!("{at}.{key} must be true or false"))
}

fn count(v: &JsValue, what: &str) -> Result<usize> {
    match v.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
        _ => Err(format!("{what} must be a whole number")),
    }
}

/// The input lines at `obj[key]` (`{ first, last }`), absent when the JSON has none: article
/// JSON written by hand usually has none, `qa-reader parse` (and the parser module) write them.
fn opt_lines(obj: &JsValue, key: &str, at: &str) -> Result<Option<Lines>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    let at = format!("{at}.{key}");
    object(&v, &at)?;
    let line = |k: &str| count(&get(&v, k), &format!("{at}.{k}")).map(|n| n as u32);
    Ok(Some(Lines {
        first: line("first")?,
        last: line("last")?,
    }))
}

fn lines(obj: &JsValue, at: &str) -> Result<Lines> {
    Ok(opt_lines(obj, "lines", at)?.unwrap_or_default())
}

/// The array at `obj[key]` (absent reads as empty), each item read by `f`.
fn list<T>(
    obj: &JsValue,
    key: &str,
    at: &str,
    f: impl Fn(&JsValue, &str) -> Result<T>,
) -> Result<Vec<T>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(Vec::new());
    }
    let array = v
        .dyn_ref::<Array>()
        .ok_or_else(|| format!("{at}.{key} must be a list"))?;
    array
        .iter()
        .enumerate()
        .map(|(i, item)| f(&item, &format!("{at}.{key}[{i}]")))
        .collect()
}

fn object(v: &JsValue, at: &str) -> Result<()> {
    if v.is_object() && !Array::is_array(v) {
        Ok(())
    } else {
        Err(format!("{at} must be an object"))
    }
}

/// Reads article JSON (the documented schema). `lines` and `removed` are optional.
pub fn article_from_js(v: &JsValue) -> Result<Article> {
    object(v, "the article")?;
    if !Array::is_array(&get(v, "sections")) {
        return Err("it has no \"sections\" list".into());
    }
    let at = "article";
    Ok(Article {
        title: opt_string(v, "title", at)?,
        standfirst: opt_string(v, "standfirst", at)?,
        source: opt_string(v, "source", at)?,
        sections: list(v, "sections", at, section_from_js)?,
        experts: list(v, "experts", at, expert_from_js)?,
        removed: list(v, "removed", at, removed_from_js)?,
        title_lines: opt_lines(v, "title_lines", at)?,
        standfirst_lines: opt_lines(v, "standfirst_lines", at)?,
        source_lines: opt_lines(v, "source_lines", at)?,
    })
}

/// A removed block: its text and a reason by its JSON name (`Reason::from_name`, the same
/// names `removed_to_js` writes and serde reads in the CLI).
fn removed_from_js(v: &JsValue, at: &str) -> Result<Removed> {
    object(v, at)?;
    let reason = string(v, "reason", at)?;
    Ok(Removed {
        text: string(v, "text", at)?,
        reason: Reason::from_name(&reason)
            .ok_or_else(|| format!("{at}.reason {reason:?} is not a known reason"))?,
        lines: lines(v, at)?,
    })
}

fn section_from_js(v: &JsValue, at: &str) -> Result<Section> {
    object(v, at)?;
    Ok(Section {
        id: string(v, "id", at)?,
        heading: opt_string(v, "heading", at)?,
        heading_lines: opt_lines(v, "heading_lines", at)?,
        blocks: list(v, "blocks", at, block_from_js)?,
    })
}

fn block_from_js(v: &JsValue, at: &str) -> Result<Block> {
    object(v, at)?;
    Ok(match string(v, "kind", at)?.as_str() {
        "paragraph" => Block::Paragraph(Paragraph {
            text: string(v, "text", at)?,
            speakers: list(v, "speakers", at, |s, at| {
                s.as_string()
                    .ok_or_else(|| format!("{at} must be a string"))
            })?,
            quotes: list(v, "quotes", at, |q, at| {
                Ok(Span {
                    start: count(&get(q, "start"), &format!("{at}.start"))?,
                    end: count(&get(q, "end"), &format!("{at}.end"))?,
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

fn expert_from_js(v: &JsValue, at: &str) -> Result<Expert> {
    object(v, at)?;
    Ok(Expert {
        id: string(v, "id", at)?,
        name: string(v, "name", at)?,
        role: opt_string(v, "role", at)?,
        paragraphs: 0,
    })
}

/// Writes an article as the documented JSON object.
pub fn article_to_js(a: &Article) -> JsValue {
    let o = Object::new();
    set(&o, "title", opt(&a.title));
    set_lines(&o, "title_lines", a.title_lines);
    set(&o, "standfirst", opt(&a.standfirst));
    set_lines(&o, "standfirst_lines", a.standfirst_lines);
    set(&o, "source", opt(&a.source));
    set_lines(&o, "source_lines", a.source_lines);
    set(&o, "sections", array(a.sections.iter().map(section_to_js)));
    set(&o, "experts", array(a.experts.iter().map(expert_to_js)));
    set(&o, "removed", array(a.removed.iter().map(removed_to_js)));
    o.into()
}

fn section_to_js(s: &Section) -> JsValue {
    let o = Object::new();
    set(&o, "id", s.id.as_str().into());
    set(&o, "heading", opt(&s.heading));
    set_lines(&o, "heading_lines", s.heading_lines);
    set(&o, "blocks", array(s.blocks.iter().map(block_to_js)));
    o.into()
}

fn block_to_js(b: &Block) -> JsValue {
    let o = Object::new();
    match b {
        Block::Paragraph(p) => {
            set(&o, "kind", "paragraph".into());
            set(&o, "text", p.text.as_str().into());
            set(
                &o,
                "speakers",
                array(p.speakers.iter().map(|s| JsValue::from_str(s))),
            );
            set(
                &o,
                "quotes",
                array(p.quotes.iter().map(|q| {
                    let span = Object::new();
                    set(&span, "start", (q.start as f64).into());
                    set(&span, "end", (q.end as f64).into());
                    span.into()
                })),
            );
            set(
                &o,
                "evidence",
                array(p.evidence.iter().map(|e| {
                    let ev = Object::new();
                    set(&ev, "speaker", e.speaker.as_str().into());
                    set(&ev, "cue", e.cue.as_str().into());
                    set(&ev, "via", e.via.as_str().into());
                    set(&ev, "rule", e.rule.as_str().into());
                    ev.into()
                })),
            );
        }
        Block::Figure(f) => {
            set(&o, "kind", "figure".into());
            set(&o, "caption", f.caption.as_str().into());
            set(&o, "credit", opt(&f.credit));
            set(&o, "alt", opt(&f.alt));
        }
        Block::Embed(e) => {
            set(&o, "kind", "embed".into());
            set(&o, "label", e.label.as_str().into());
            set(&o, "credit", opt(&e.credit));
        }
    }
    set_lines(&o, "lines", Some(b.lines()));
    o.into()
}

fn expert_to_js(e: &Expert) -> JsValue {
    let o = Object::new();
    set(&o, "id", e.id.as_str().into());
    set(&o, "name", e.name.as_str().into());
    set(&o, "role", opt(&e.role));
    set(&o, "paragraphs", (e.paragraphs as f64).into());
    o.into()
}

fn removed_to_js(r: &Removed) -> JsValue {
    let o = Object::new();
    set(&o, "text", r.text.as_str().into());
    set(&o, "reason", r.reason.as_str().into());
    set_lines(&o, "lines", Some(r.lines));
    o.into()
}

fn set(o: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &value);
}

fn opt(s: &Option<String>) -> JsValue {
    s.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

fn set_lines(o: &Object, key: &str, lines: Option<Lines>) {
    if let Some(l) = lines.filter(|l| !l.is_unknown()) {
        let v = Object::new();
        set(&v, "first", l.first.into());
        set(&v, "last", l.last.into());
        set(o, key, v.into());
    }
}

fn array(items: impl Iterator<Item = JsValue>) -> JsValue {
    items.collect::<Array>().into()
}

/// Reads `mount()` options; unknown option and label names are refused, because a
/// misspelt one would otherwise be ignored without a word.
pub fn options_from_js(v: &JsValue) -> Result<ReaderOptions> {
    let mut options = ReaderOptions::default();
    if absent(v) {
        return Ok(options);
    }
    object(v, "mount: the options")?;
    if let Some(k) = unknown_key(v, ReaderOptions::KEYS) {
        return Err(format!("mount: unknown option {k:?}"));
    }
    let at = "options";
    options.expert = opt_string(v, "expert", at)?;
    options.section = opt_string(v, "section", at)?;
    options.use_hash = opt_bool(v, "useHash", at)?.unwrap_or(false);
    options.single_open = opt_bool(v, "singleOpen", at)?.unwrap_or(false);
    options.prerendered = opt_bool(v, "hydrate", at)?.unwrap_or(false);
    options.parser = opt_string(v, "parser", at)?;
    let labels = get(v, "labels");
    if !absent(&labels) {
        object(&labels, "options.labels")?;
        if let Some(k) = unknown_key(&labels, Labels::KEYS) {
            return Err(format!("mount: unknown label {k:?}"));
        }
        for key in Labels::KEYS {
            if let Some(text) = opt_string(&labels, key, "options.labels")? {
                if let Some(slot) = options.labels.by_key(key) {
                    *slot = text;
                }
            }
        }
    }
    Ok(options)
}

fn unknown_key(value: &JsValue, known: &[&str]) -> Option<String> {
    let object = value.dyn_ref::<Object>()?;
    Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !known.contains(&k.as_str()))
}
