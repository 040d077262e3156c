//! The JavaScript API: `mount(target, source, options)` and the handle it resolves to.
//!
//! Each reader lives in an open shadow root on its host element, styled by one constructed
//! stylesheet shared by every reader, so host CSS and reader CSS cannot reach each other.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Element, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};
use yew::UseReducerDispatcher;

use crate::core::{self, Article};
use crate::ui::state::{Action, ReaderState};
use crate::ui::{App, AppProps, ReaderEvent, ReaderOptions, Shared};

/// Articles larger than this are refused with a message instead of freezing the tab.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// The widget's stylesheet, adopted by every reader's shadow root.
// Minified from static/qa-reader.css by build.rs.
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/qa-reader.min.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Mounts a reader on `target` (an element or a CSS selector). `source` is article text,
/// article JSON (an object with `sections`), or `{ url }` to fetch either. Resolves to a
/// [`ReaderHandle`] once the reader has rendered; rejects with an `Error` saying what went
/// wrong, after showing the same message inside the reader's box.
#[wasm_bindgen]
pub fn mount(target: JsValue, source: JsValue, options: JsValue) -> Promise {
    future_to_promise(async move {
        match mount_reader(target, source, options).await {
            Ok(handle) => Ok(handle.into()),
            Err(message) => Err(js_sys::Error::new(&message).into()),
        }
    })
}

async fn mount_reader(
    target: JsValue,
    source: JsValue,
    options: JsValue,
) -> Result<ReaderHandle, String> {
    let host = resolve_target(&target)?;
    let options = super::convert::options_from_js(&options)?;
    mount_on(host, source, options).await
}

/// Mounts a reader on `host` from `source` (text, article JSON or `{ url }`): the path
/// shared by `mount()` and the page's own reader.
pub(crate) async fn mount_on(
    host: Element,
    source: JsValue,
    mut options: ReaderOptions,
) -> Result<ReaderHandle, String> {
    options.id_prefix = super::next_prefix();
    let container = prepare(&host)?;
    status(&container, "qar-status", "status", &options.labels.loading);
    let article = match load(source).await.and_then(build_guarded) {
        Ok(a) => a,
        Err(message) => {
            status(&container, "qar-error", "alert", &message);
            return Err(message);
        }
    };

    let dispatcher: Rc<RefCell<Option<UseReducerDispatcher<ReaderState>>>> = Rc::default();
    let mut resolve_ready: Option<js_sys::Function> = None;
    let ready = Promise::new(&mut |resolve, _| resolve_ready = Some(resolve));
    let on_ready = {
        let dispatcher = dispatcher.clone();
        yew::Callback::from(move |d| {
            *dispatcher.borrow_mut() = Some(d);
            if let Some(resolve) = &resolve_ready {
                let _ = resolve.call0(&JsValue::NULL);
            }
        })
    };
    let on_event = {
        let host = host.clone();
        yew::Callback::from(move |e: ReaderEvent| announce(&host, e))
    };
    let article = Rc::new(article);
    let props = AppProps {
        article: Shared(article.clone()),
        options: Shared::new(options),
        on_event,
        on_ready,
    };
    let app = super::render(container.clone(), props);
    JsFuture::from(ready)
        .await
        .map_err(|_| "the reader did not start".to_string())?;
    Ok(ReaderHandle {
        inner: Rc::new(RefCell::new(Some(Mounted {
            app,
            dispatcher,
            article,
            container,
        }))),
    })
}

fn resolve_target(target: &JsValue) -> Result<Element, String> {
    if let Some(selector) = target.as_string() {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        return document
            .query_selector(&selector)
            .map_err(|_| format!("mount: {selector:?} is not a valid CSS selector"))?
            .ok_or_else(|| format!("mount: no element matches {selector:?}"));
    }
    target
        .dyn_ref::<Element>()
        .cloned()
        .ok_or_else(|| "mount: the target must be an element or a CSS selector".to_string())
}

/// The element the reader renders into: a fresh container in the host's shadow root.
fn prepare(host: &Element) -> Result<Element, String> {
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| {
                format!(
                    "mount: a <{}> element cannot hold a reader",
                    host.tag_name().to_ascii_lowercase()
                )
            })?,
    };
    adopt_stylesheet(&shadow);
    clear(shadow.unchecked_ref());
    let document = host
        .owner_document()
        .ok_or("mount: the target is not in a document")?;
    let container = document
        .create_element("div")
        .map_err(|_| "mount: cannot create elements")?;
    container.set_class_name("qar-host");
    shadow
        .append_child(&container)
        .map_err(|_| "mount: cannot attach the reader")?;
    Ok(container)
}

fn adopt_stylesheet(shadow: &ShadowRoot) {
    let sheet = SHEET.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let sheet = CssStyleSheet::new().expect("constructable stylesheets are supported");
                let _ = sheet.replace_sync(STYLESHEET);
                sheet
            })
            .clone()
    });
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
}

fn clear(node: &web_sys::Node) {
    while let Some(child) = node.first_child() {
        let _ = node.remove_child(&child);
    }
}

/// Shows a one-line message in the reader's box (`role="status"` or `role="alert"`).
fn status(container: &Element, class: &str, role: &str, message: &str) {
    clear(container);
    let Some(document) = container.owner_document() else {
        return;
    };
    let (Ok(boxed), Ok(p)) = (document.create_element("div"), document.create_element("p")) else {
        return;
    };
    boxed.set_class_name("qar-reader");
    p.set_class_name(class);
    let _ = p.set_attribute("role", role);
    p.set_text_content(Some(message));
    let _ = boxed.append_child(&p);
    let _ = container.append_child(&boxed);
}

/// An article as it arrives, before it is built (parsed or checked).
enum Raw {
    /// Plain text, and how to name it in messages.
    Text(String, String),
    /// Article JSON, and how to name it in messages.
    Json(JsValue, String),
}

/// Reads the source (fetching it if it is `{ url }`), without parsing it yet.
async fn load(source: JsValue) -> Result<Raw, String> {
    if let Some(text) = source.as_string() {
        return Ok(Raw::Text(text, "the article text".into()));
    }
    if !source.is_object() {
        return Err("mount: the source must be article text, article JSON or { url }".into());
    }
    let url = Reflect::get(&source, &"url".into())
        .ok()
        .and_then(|u| u.as_string());
    match url {
        Some(url) => fetch(&url).await,
        None => Ok(Raw::Json(source, "the article JSON".into())),
    }
}

/// Builds the article inside a JavaScript `try`: if building panics (the wasm traps), only
/// this call is lost, and the caller gets an error to show in this reader's box. A trap
/// inside the futures queue would instead stall every later mount on the page.
fn build_guarded(raw: Raw) -> Result<Article, String> {
    let slot: Rc<RefCell<Option<Result<Article, String>>>> = Rc::default();
    let out = slot.clone();
    let job = Closure::once(move || *out.borrow_mut() = Some(build(raw)));
    let thrown = guarded(job.as_ref().unchecked_ref());
    if !thrown.is_undefined() {
        return Err(format!(
            "this reader stopped on an internal error ({}); the rest of the page is not affected",
            js_message(&thrown)
        ));
    }
    let built = slot.borrow_mut().take();
    built.unwrap_or_else(|| Err("this reader stopped on an internal error".into()))
}

#[wasm_bindgen(inline_js = "export function guarded(f) { try { f(); } catch (e) { return e; } }")]
extern "C" {
    /// Calls `f`, returning what it threw (a trap is a `RuntimeError`), or `undefined`.
    fn guarded(f: &js_sys::Function) -> JsValue;
}

/// The text a test passes to make building panic (only with the `fault-injection` feature).
#[cfg(feature = "fault-injection")]
pub const FAULT_TRIGGER: &str = "qa-reader: fault injected by a test";

fn build(raw: Raw) -> Result<Article, String> {
    match raw {
        Raw::Text(text, what) => {
            #[cfg(feature = "fault-injection")]
            if text == FAULT_TRIGGER {
                panic!("{FAULT_TRIGGER}");
            }
            from_text(&text, &what)
        }
        Raw::Json(value, what) => from_json(value, &what),
    }
}

fn from_text(text: &str, what: &str) -> Result<Article, String> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "{what} is too large to show ({} MB; the limit is {} MB)",
            text.len() / (1024 * 1024),
            MAX_ARTICLE_BYTES / (1024 * 1024)
        ));
    }
    if text.trim().is_empty() {
        return Err(format!("{what} is empty"));
    }
    Ok(core::parse(text).0)
}

fn from_json(value: JsValue, what: &str) -> Result<Article, String> {
    let article = super::convert::article_from_js(&value)
        .map_err(|e| format!("{what} is not a valid article: {e}"))?;
    Ok(core::adopt(article).0)
}

async fn fetch(url: &str) -> Result<Raw, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("could not fetch {url}: {}", js_message(&e)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("could not fetch {url}"))?;
    if !response.ok() {
        let reason = response.status_text();
        let reason = if reason.is_empty() {
            String::new()
        } else {
            format!(" {reason}")
        };
        return Err(format!(
            "could not fetch {url}: HTTP {}{reason}",
            response.status()
        ));
    }
    let kind = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let json = kind.contains("json");
    if !kind.is_empty() && !kind.starts_with("text/") && !json {
        return Err(format!(
            "{url} is not an article: it is {kind}, not text or JSON"
        ));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| format!("could not read {url}"))?,
    )
    .await
    .map_err(|e| format!("could not read {url}: {}", js_message(&e)))?
    .as_string()
    .unwrap_or_default();
    if (json || text.trim_start().starts_with('{')) && text.len() <= MAX_ARTICLE_BYTES {
        let value = js_sys::JSON::parse(&text)
            .map_err(|e| format!("{url} is not valid JSON: {}", js_message(&e)))?;
        return Ok(Raw::Json(value, url.to_string()));
    }
    Ok(Raw::Text(text, url.to_string()))
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Tells the host: `qa-reader:expert` with `{ expert }`, `qa-reader:section` with `{ section, open }`.
fn announce(host: &Element, event: ReaderEvent) {
    let detail = Object::new();
    let name = match event {
        ReaderEvent::Expert(id) => {
            let _ = Reflect::set(
                &detail,
                &"expert".into(),
                &id.map_or(JsValue::NULL, JsValue::from),
            );
            "qa-reader:expert"
        }
        ReaderEvent::Section { id, open } => {
            let _ = Reflect::set(&detail, &"section".into(), &JsValue::from(id));
            let _ = Reflect::set(&detail, &"open".into(), &JsValue::from(open));
            "qa-reader:section"
        }
    };
    let init = CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(e) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&e);
    }
}

struct Mounted {
    app: yew::AppHandle<App>,
    dispatcher: Rc<RefCell<Option<UseReducerDispatcher<ReaderState>>>>,
    article: Rc<Article>,
    container: Element,
}

/// A mounted reader, as JavaScript holds it.
#[wasm_bindgen]
pub struct ReaderHandle {
    inner: Rc<RefCell<Option<Mounted>>>,
}

#[wasm_bindgen]
impl ReaderHandle {
    /// Filters by the expert with this id, or shows everything again with `null`.
    #[wasm_bindgen(js_name = setExpert)]
    pub fn set_expert(&self, id: Option<String>) -> Result<(), js_sys::Error> {
        let expert = match id {
            None => None,
            Some(id) => {
                let inner = self.inner.borrow();
                let mounted = inner.as_ref().ok_or_else(destroyed)?;
                let found = mounted.article.experts.iter().position(|e| e.id == id);
                Some(found.ok_or_else(|| {
                    js_sys::Error::new(&format!("setExpert: no expert with id {id:?}"))
                })?)
            }
        };
        self.dispatch(Action::Filter(expert))
    }

    /// Opens every section.
    #[wasm_bindgen(js_name = expandAll)]
    pub fn expand_all(&self) -> Result<(), js_sys::Error> {
        self.dispatch(Action::ExpandAll)
    }

    /// Closes every section but the intro.
    #[wasm_bindgen(js_name = collapseAll)]
    pub fn collapse_all(&self) -> Result<(), js_sys::Error> {
        self.dispatch(Action::CollapseAll)
    }

    /// The article as JSON (the documented schema).
    pub fn article(&self) -> Result<JsValue, js_sys::Error> {
        let inner = self.inner.borrow();
        let mounted = inner.as_ref().ok_or_else(destroyed)?;
        Ok(super::convert::article_to_js(&mounted.article))
    }

    /// Removes the reader and everything it added to the page. Safe to call twice.
    pub fn destroy(&self) {
        if let Some(mounted) = self.inner.borrow_mut().take() {
            mounted.app.destroy();
            if let Some(parent) = mounted.container.parent_node() {
                let _ = parent.remove_child(&mounted.container);
            }
        }
    }

    fn dispatch(&self, action: Action) -> Result<(), js_sys::Error> {
        let inner = self.inner.borrow();
        let mounted = inner.as_ref().ok_or_else(destroyed)?;
        if let Some(d) = mounted.dispatcher.borrow().as_ref() {
            d.dispatch(action);
        }
        Ok(())
    }
}

fn destroyed() -> js_sys::Error {
    js_sys::Error::new("this reader has been destroyed")
}
