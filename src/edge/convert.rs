//! Article JSON and options between JavaScript objects and Rust, written by hand.
//!
//! serde-wasm-bindgen did this first; measured, it and the serde impls it instantiated cost
//! 33 KB of gzipped wasm (a fifth of the bundle; float formatting for error messages, the
//! internally-tagged enum buffer). Reading objects with `Reflect` costs a few kilobytes, and
//! its errors name the exact place (`sections[2].blocks[0].kind`). The article reader itself
//! is `core::json` (the native tests run it over serde_json); this module gives it JavaScript values
//! (`JsonValue for JsValue`), writes articles back, and reads the options. The names are
//! those of the serde derives in `core::model` (docs/article-json.md); native tests keep
//! both in step.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::{self, opt_bool, opt_string, JsonValue};
use crate::core::{Article, Block, Expert, Lines, Removed, Section};
use crate::ui::{Labels, ReaderOptions};

type Result<T> = std::result::Result<T, String>;

thread_local! {
    /// Member names already made into JavaScript strings: a long article asks for the same
    /// few dozen names a million times, and making each anew (UTF-8 to UTF-16 across the
    /// boundary) was most of the cost of reading it.
    static KEYS: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `key` as a JavaScript string, made once.
fn js_key(key: &str) -> JsValue {
    KEYS.with(|keys| {
        if let Some((_, v)) = keys.borrow().iter().find(|(k, _)| k == key) {
            return v.clone();
        }
        let v = JsValue::from_str(key);
        let mut keys = keys.borrow_mut();
        // Names are the schema's and the options'; anything past that is not kept.
        if keys.len() < 64 {
            keys.push((key.to_string(), v.clone()));
        }
        v
    })
}

/// JavaScript values as `core::json` reads them: objects through `Reflect`, arrays as
/// `Array`s, `undefined` and `null` both absent.
impl JsonValue for JsValue {
    fn member(&self, key: &str) -> Option<Self> {
        Reflect::get(self, &js_key(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }
    fn as_text(&self) -> Option<String> {
        self.as_string()
    }
    fn as_number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn as_boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_map(&self) -> bool {
        self.is_object() && !Array::is_array(self)
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.dyn_ref::<Array>().map(Array::to_vec)
    }
    fn keys(&self) -> Vec<String> {
        self.dyn_ref::<Object>()
            .map(|o| {
                Object::keys(o)
                    .iter()
                    .filter_map(|k| k.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Reads article JSON (the documented schema), as `core::json::article_from` does for any
/// JSON value.
pub fn article_from_js(v: &JsValue) -> Result<Article> {
    json::article_from(v)
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
    if v.is_undefined() || v.is_null() {
        return Ok(options);
    }
    json::object(v, "mount: the options")?;
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
    if let Some(labels) = v.member("labels") {
        json::object(&labels, "options.labels")?;
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
    value
        .keys()
        .into_iter()
        .find(|k| !known.contains(&k.as_str()))
}
