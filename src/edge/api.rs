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
use crate::ui::state::{Action, HashState, ReaderState};
use crate::ui::{App, AppProps, ReaderEvent, ReaderOptions, Shared};

/// Articles larger than this are refused with a message instead of freezing the tab.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// The widget's stylesheet, adopted by every reader's shadow root.
// Minified from static/qa-reader.css by build.rs.
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/qa-reader.min.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Why a reader failed: the `code` of the `Error` that `mount()` rejects with, and of the
/// `detail` of `qa-reader:error`. Hosts branch on these names, so they never change
/// (messages may); the README and `static/qa-reader.d.ts` list the same ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// No element matches the target, or it cannot hold a reader.
    NoTarget,
    /// The source is not article text, article JSON or `{ url }`.
    BadSource,
    /// The fetch itself failed (network, CORS, a bad URL).
    FetchFailed,
    /// The server answered with an HTTP error status.
    HttpStatus,
    /// The response is neither text nor JSON.
    NotText,
    /// Invalid JSON, or JSON that is not a valid article.
    BadJson,
    /// The article is empty or blank.
    Empty,
    /// The article is over the size limit.
    TooLarge,
    /// The parser module (`qa-reader-parse.wasm`) could not be loaded.
    NoParser,
    /// An option or label name the reader does not know.
    UnknownOption,
    /// An option or label with a value of the wrong type.
    BadOption,
    /// `setExpert` with an id no expert of the article has.
    NoExpert,
    /// A handle used after `destroy()`.
    Destroyed,
    /// The reader stopped on an internal error (a panic), during mounting or later.
    Internal,
}

impl ErrorCode {
    /// Every code, in the order the README lists them.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::NoTarget,
        ErrorCode::BadSource,
        ErrorCode::FetchFailed,
        ErrorCode::HttpStatus,
        ErrorCode::NotText,
        ErrorCode::BadJson,
        ErrorCode::Empty,
        ErrorCode::TooLarge,
        ErrorCode::NoParser,
        ErrorCode::UnknownOption,
        ErrorCode::BadOption,
        ErrorCode::NoExpert,
        ErrorCode::Destroyed,
        ErrorCode::Internal,
    ];

    /// The code as JavaScript sees it (`"no-target"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NoTarget => "no-target",
            ErrorCode::BadSource => "bad-source",
            ErrorCode::FetchFailed => "fetch-failed",
            ErrorCode::HttpStatus => "http-status",
            ErrorCode::NotText => "not-text",
            ErrorCode::BadJson => "bad-json",
            ErrorCode::Empty => "empty",
            ErrorCode::TooLarge => "too-large",
            ErrorCode::NoParser => "no-parser",
            ErrorCode::UnknownOption => "unknown-option",
            ErrorCode::BadOption => "bad-option",
            ErrorCode::NoExpert => "no-expert",
            ErrorCode::Destroyed => "destroyed",
            ErrorCode::Internal => "internal",
        }
    }
}

/// A failure: its stable code and a message for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What kind of failure, for programs.
    pub code: ErrorCode,
    /// What went wrong, for people (shown in the reader's box).
    pub message: String,
}

impl Failure {
    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }

    /// The failure as a JavaScript `Error` with a `code` property.
    pub fn to_js(&self) -> js_sys::Error {
        let error = js_sys::Error::new(&self.message);
        let _ = Reflect::set(&error, &"code".into(), &self.code.as_str().into());
        error
    }
}

/// Mounts a reader on `target` (an element or a CSS selector). `source` is article text,
/// article JSON (an object with `sections`), or `{ url }` to fetch either. Resolves to a
/// [`ReaderHandle`] once the reader has rendered; rejects with an `Error` saying what went
/// wrong, with a stable `code` ([`ErrorCode`]), after showing the same message inside the
/// reader's box and firing `qa-reader:error` on the host.
#[wasm_bindgen]
pub fn mount(target: JsValue, source: JsValue, options: JsValue) -> Promise {
    future_to_promise(async move {
        match mount_reader(target, source, options).await {
            Ok(handle) => Ok(handle.into()),
            Err(failure) => Err(failure.to_js().into()),
        }
    })
}

async fn mount_reader(
    target: JsValue,
    source: JsValue,
    options: JsValue,
) -> Result<ReaderHandle, Failure> {
    let host = resolve_target(&target)?;
    let options = match super::convert::options_from_js(&options) {
        Ok(options) => options,
        Err(message) => {
            // convert.rs words unknown names "unknown option/label"; everything else it
            // refuses is a value of the wrong type.
            let code = if message.starts_with("mount: unknown ") {
                ErrorCode::UnknownOption
            } else {
                ErrorCode::BadOption
            };
            let failure = Failure::new(code, message);
            announce_error(&host, &failure);
            return Err(failure);
        }
    };
    mount_on(host, source, options).await
}

/// Mounts a reader on `host` from `source` (text, article JSON or `{ url }`): the path
/// shared by `mount()` and the page's own reader.
pub(crate) async fn mount_on(
    host: Element,
    source: JsValue,
    mut options: ReaderOptions,
) -> Result<ReaderHandle, Failure> {
    crate::dom::contain::set_sweeper(sweep);
    if let Some(url) = options.parser.take() {
        super::parser::locate(url);
    }
    if options.use_hash && options.expert.is_none() && options.section.is_none() {
        let hash = HashState::parse(&crate::dom::location_hash());
        (options.expert, options.section) = (hash.expert, hash.section);
    }
    // A reader prerendered by `qa-reader render` is taken over where it stands; asked to
    // hydrate a host without one, the reader mounts as usual.
    let prerendered = match options.prerendered {
        true => prerendered_container(&host),
        false => None,
    };
    options.prerendered = prerendered.is_some();
    let container = match prerendered {
        Some((container, prefix)) => {
            options.id_prefix = prefix;
            container
        }
        None => {
            options.id_prefix = super::next_prefix();
            let container = prepare_or_fail(&host)?;
            status(&container, "qar-status", "status", &options.labels.loading);
            container
        }
    };
    let built = match load(source).await {
        // A prerendered reader shows the attribution it was rendered with, found or not.
        Ok(raw) => build(raw, !options.prerendered).await,
        Err(failure) => Err(failure),
    };
    let article = match built {
        Ok(a) => a,
        Err(failure) => {
            if options.prerendered {
                // The prerendered article stays readable; the message goes above it.
                alert_above(&container, &failure.message);
            } else {
                status(&container, "qar-error", "alert", &failure.message);
            }
            announce_error(&host, &failure);
            return Err(failure);
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
    let (app, container) = if props.options.prerendered {
        // Hydration first collects the markup's nodes, and traps here on markup that is
        // not Yew's (comments stripped by a sanitiser, say): behind the guard, the reader
        // is then mounted afresh (best effort, see `dom::contain`). Mismatches deeper in
        // are kept out by the version check in `prerendered_container`.
        let (root, retry) = (container.clone(), props.clone());
        match take_over(root, props) {
            Ok(app) => (app, container),
            Err(_) => {
                let mut options = (*retry.options).clone();
                (options.prerendered, options.id_prefix) = (false, super::next_prefix());
                let props = AppProps {
                    options: Shared::new(options),
                    ..retry
                };
                let fresh = prepare_or_fail(&host)?;
                (super::render(fresh.clone(), props), fresh)
            }
        }
    } else {
        (super::render(container.clone(), props), container)
    };
    let inner = Rc::new(RefCell::new(Some(Mounted {
        app,
        dispatcher,
        article,
        container,
        host,
        failed: None,
    })));
    READERS.with(|r| r.borrow_mut().push(inner.clone()));
    JsFuture::from(ready)
        .await
        .map_err(|_| Failure::new(ErrorCode::Internal, "the reader did not start"))?;
    // A reader that failed while rendering for the first time rejects its mount.
    if let Some(failure) = sweep_one(&inner) {
        return Err(failure);
    }
    Ok(ReaderHandle { inner })
}

/// Hydrates the prerendered markup in `root` (Yew's hydration, behind the trap guard).
#[cfg(feature = "hydration")]
fn take_over(root: Element, props: AppProps) -> Result<yew::AppHandle<App>, ()> {
    crate::dom::contain::contain(move || {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate()
    })
    .map_err(drop)
}

/// A build without Yew's hydration (the default wasm, `qa-reader_bg.wasm`) cannot take
/// prerendered markup over: the reader is mounted afresh from the article the markup carries,
/// as for markup of another version. The element loads the hydrating build for pages with
/// prerendered readers.
#[cfg(not(feature = "hydration"))]
fn take_over(_: Element, _: AppProps) -> Result<yew::AppHandle<App>, ()> {
    Err(())
}

thread_local! {
    /// Every mounted reader, until destroyed: the sweep looks through them for failures.
    static READERS: RefCell<Vec<Rc<RefCell<Option<Mounted>>>>> = const { RefCell::new(Vec::new()) };
}

/// Finds the readers whose components trapped (they left a `qar-failed` marker) and
/// takes each out of the page: its box says it stopped on an internal error, its host fires
/// `qa-reader:error` with code `internal`, and its handle refuses further calls. Other
/// readers are not touched. Returns whether any reader was found failed.
pub(crate) fn sweep() -> bool {
    let readers = READERS.with(|r| r.borrow().clone());
    let mut found = false;
    for reader in &readers {
        found |= sweep_one(reader).is_some();
    }
    found
}

/// Fails `reader` if one of its components trapped; returns its failure if so (also when
/// it had already failed).
fn sweep_one(reader: &Rc<RefCell<Option<Mounted>>>) -> Option<Failure> {
    let mut slot = reader.borrow_mut();
    let mounted = slot.as_mut()?;
    if let Some(failure) = &mounted.failed {
        return Some(failure.clone());
    }
    let selector = format!(".{}", crate::dom::contain::FAILED_CLASS);
    mounted.container.query_selector(&selector).ok().flatten()?;
    let failure = internal(&crate::dom::contain::last_trap());
    // Yew keeps its nodes, detached: nothing it does to them can reach the page again.
    if let Some(parent) = mounted.container.parent_node() {
        let _ = parent.remove_child(&mounted.container);
        if let Some(document) = mounted.host.owner_document() {
            if let Ok(boxed) = document.create_element("div") {
                boxed.set_class_name("qar-host");
                status(&boxed, "qar-error", "alert", &failure.message);
                let _ = parent.append_child(&boxed);
                mounted.container = boxed;
            }
        }
    }
    mounted.failed = Some(failure.clone());
    let host = mounted.host.clone();
    drop(slot);
    announce_error(&host, &failure);
    Some(failure)
}

fn resolve_target(target: &JsValue) -> Result<Element, Failure> {
    let no_target = |message: String| Failure::new(ErrorCode::NoTarget, message);
    if let Some(selector) = target.as_string() {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| no_target("mount: no document".into()))?;
        return document
            .query_selector(&selector)
            .map_err(|_| no_target(format!("mount: {selector:?} is not a valid CSS selector")))?
            .ok_or_else(|| no_target(format!("mount: no element matches {selector:?}")));
    }
    target
        .dyn_ref::<Element>()
        .cloned()
        .ok_or_else(|| no_target("mount: the target must be an element or a CSS selector".into()))
}

/// [`prepare`], or the host told why it cannot hold a reader.
fn prepare_or_fail(host: &Element) -> Result<Element, Failure> {
    prepare(host).map_err(|message| {
        let failure = Failure::new(ErrorCode::NoTarget, message);
        announce_error(host, &failure);
        failure
    })
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

/// The container of a reader prerendered by `qa-reader render` in the host's shadow root
/// (declared in the markup), with the id prefix it was rendered with; its stylesheet is
/// adopted as for any reader, so the linked copy is only needed before the code runs.
fn prerendered_container(host: &Element) -> Option<(Element, String)> {
    let shadow = host.shadow_root()?;
    // (`:scope` matches nothing in a shadow root, so the parent is checked instead.)
    let container = shadow.query_selector(".qar-host[data-qar-prefix]").ok()??;
    if !container.parent_node()?.is_same_node(Some(&shadow)) {
        return None;
    }
    let prefix = container.get_attribute("data-qar-prefix")?;
    // Markup from another version may not match these components node for node, and a
    // mismatch found while Yew's scheduler runs would stop every reader on the page: such
    // a reader is mounted afresh from its JSON instead.
    if container.get_attribute("data-qar-version").as_deref() != Some(env!("CARGO_PKG_VERSION")) {
        return None;
    }
    adopt_stylesheet(&shadow);
    Some((container, prefix))
}

/// Shows `message` as an alert just above a prerendered reader, which stays as it is but
/// static for good (`qar-static`: no control that would do nothing is shown).
fn alert_above(container: &Element, message: &str) {
    let _ = container.class_list().add_1("qar-static");
    let (Some(document), Some(parent)) = (container.owner_document(), container.parent_node())
    else {
        return;
    };
    let (Ok(boxed), Ok(p)) = (document.create_element("div"), document.create_element("p")) else {
        return;
    };
    boxed.set_class_name("qar-reader");
    p.set_class_name("qar-error");
    let _ = p.set_attribute("role", "alert");
    p.set_text_content(Some(message));
    let _ = boxed.append_child(&p);
    let _ = parent.insert_before(&boxed, Some(container));
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
async fn load(source: JsValue) -> Result<Raw, Failure> {
    if let Some(text) = source.as_string() {
        return Ok(Raw::Text(text, "the article text".into()));
    }
    if !source.is_object() {
        return Err(Failure::new(
            ErrorCode::BadSource,
            "mount: the source must be article text, article JSON or { url }",
        ));
    }
    let url = Reflect::get(&source, &"url".into())
        .ok()
        .and_then(|u| u.as_string());
    match url {
        Some(url) => {
            // Most sources that are not named .json are text: the parser module loads
            // while the article does.
            let path = url.split(['?', '#']).next().unwrap_or_default();
            if !path.to_ascii_lowercase().ends_with(".json") {
                super::parser::warm();
            }
            fetch(&url).await
        }
        None => Ok(Raw::Json(source, "the article JSON".into())),
    }
}

/// Runs `f` inside a JavaScript `try`: if it panics (the wasm traps), only this call is
/// lost, and the caller gets an error to show in this reader's box. A trap inside the
/// futures queue would instead stall every later mount on the page.
pub(crate) fn guarded<T: 'static>(
    f: impl FnOnce() -> Result<T, Failure> + 'static,
) -> Result<T, Failure> {
    crate::dom::contain::contain(f).unwrap_or_else(|thrown| Err(internal(&thrown)))
}

/// The failure of a reader whose code trapped (`thrown` is what the trap threw).
pub(crate) fn internal(thrown: &JsValue) -> Failure {
    let message = match thrown.is_undefined() {
        true => "this reader stopped on an internal error".to_string(),
        false => format!(
            "this reader stopped on an internal error ({}); the rest of the page is not affected",
            js_message(thrown)
        ),
    };
    Failure::new(ErrorCode::Internal, message)
}

/// The text a test passes to make building panic (only with the `fault-injection` feature).
#[cfg(feature = "fault-injection")]
pub const FAULT_TRIGGER: &str = "qa-reader: fault injected by a test";

/// A section heading whose section panics when it renders open (only with the
/// `fault-injection` feature): a test clicks it to make a reader fail after mounting.
#[cfg(feature = "fault-injection")]
pub use crate::ui::section::FAULT_HEADING;

/// Builds the article: text goes to the parser (`edge::parser`), article JSON is checked
/// here and goes to the parser only when it names no speakers and `attribute` is set. Such
/// JSON is shown as it is when the parser module cannot be loaded: it is a whole article, and
/// an article with no quotes at all names no speakers either.
async fn build(raw: Raw, attribute: bool) -> Result<Article, Failure> {
    match raw {
        Raw::Text(text, what) => {
            let text = guarded(move || {
                #[cfg(feature = "fault-injection")]
                if text == FAULT_TRIGGER {
                    panic!("{FAULT_TRIGGER}");
                }
                check_text(&text, &what).map(|()| text)
            })?;
            super::parser::parse(text).await
        }
        Raw::Json(value, what) => {
            let mut article = guarded(move || read_json(&value, &what))?;
            if !attribute || !core::needs_attribution(&article) {
                return Ok(article);
            }
            match super::parser::attribute(&mut article).await {
                // Without the module the article, left as it was, is shown without speakers.
                Err(failure) if failure.code != ErrorCode::NoParser => Err(failure),
                _ => Ok(article),
            }
        }
    }
}

/// Article JSON read and normalised: what `core::tidy` does, without the diagnostics
/// nobody here reads.
fn read_json(value: &JsValue, what: &str) -> Result<Article, Failure> {
    let mut article = super::convert::article_from_js(value).map_err(|e| {
        Failure::new(
            ErrorCode::BadJson,
            format!("{what} is not a valid article: {e}"),
        )
    })?;
    article.normalise();
    Ok(article)
}

fn check_text(text: &str, what: &str) -> Result<(), Failure> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(Failure::new(
            ErrorCode::TooLarge,
            format!(
                "{what} is too large to show ({} MB; the limit is {} MB)",
                text.len() / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
        ));
    }
    if text.trim().is_empty() {
        return Err(Failure::new(ErrorCode::Empty, format!("{what} is empty")));
    }
    Ok(())
}

async fn fetch(url: &str) -> Result<Raw, Failure> {
    let failed = |message: String| Failure::new(ErrorCode::FetchFailed, message);
    let window = web_sys::window().ok_or_else(|| failed("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| failed(format!("could not fetch {url}: {}", js_message(&e))))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| failed(format!("could not fetch {url}")))?;
    if !response.ok() {
        let reason = response.status_text();
        let reason = if reason.is_empty() {
            String::new()
        } else {
            format!(" {reason}")
        };
        return Err(Failure::new(
            ErrorCode::HttpStatus,
            format!("could not fetch {url}: HTTP {}{reason}", response.status()),
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
        return Err(Failure::new(
            ErrorCode::NotText,
            format!("{url} is not an article: it is {kind}, not text or JSON"),
        ));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| failed(format!("could not read {url}")))?,
    )
    .await
    .map_err(|e| failed(format!("could not read {url}: {}", js_message(&e))))?
    .as_string()
    .unwrap_or_default();
    if (json || text.trim_start().starts_with('{')) && text.len() <= MAX_ARTICLE_BYTES {
        let value = js_sys::JSON::parse(&text).map_err(|e| {
            Failure::new(
                ErrorCode::BadJson,
                format!("{url} is not valid JSON: {}", js_message(&e)),
            )
        })?;
        return Ok(Raw::Json(value, url.to_string()));
    }
    Ok(Raw::Text(text, url.to_string()))
}

pub(crate) fn js_message(e: &JsValue) -> String {
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
    dispatch(host, name, &detail);
}

/// Fires a bubbling, composed `CustomEvent` on the host.
fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(e) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&e);
    }
}

/// Tells the host that its reader failed: `qa-reader:error` with `{ code, message }`.
pub(crate) fn announce_error(host: &Element, failure: &Failure) {
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"code".into(), &failure.code.as_str().into());
    let _ = Reflect::set(&detail, &"message".into(), &failure.message.as_str().into());
    dispatch(host, "qa-reader:error", &detail);
}

struct Mounted {
    app: yew::AppHandle<App>,
    dispatcher: Rc<RefCell<Option<UseReducerDispatcher<ReaderState>>>>,
    article: Rc<Article>,
    /// What the reader shows in its shadow root: Yew's root, or the error box once failed.
    container: Element,
    host: Element,
    /// Set once a component of this reader trapped.
    failed: Option<Failure>,
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
                let mounted = live(&inner)?;
                let found = mounted.article.experts.iter().position(|e| e.id == id);
                Some(found.ok_or_else(|| {
                    Failure::new(
                        ErrorCode::NoExpert,
                        format!("setExpert: no expert with id {id:?}"),
                    )
                    .to_js()
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
        let mounted = live(&inner)?;
        Ok(super::convert::article_to_js(&mounted.article))
    }

    /// Removes the reader and everything it added to the page. Safe to call twice.
    pub fn destroy(&self) {
        let taken = self.inner.borrow_mut().take();
        READERS.with(|r| r.borrow_mut().retain(|x| !Rc::ptr_eq(x, &self.inner)));
        if let Some(mounted) = taken {
            // A failed reader's components may hold state broken by the trap: its app is
            // left alone (detached, never run again) rather than torn down through Yew.
            if mounted.failed.is_none() {
                mounted.app.destroy();
            }
            if let Some(parent) = mounted.container.parent_node() {
                let _ = parent.remove_child(&mounted.container);
            }
        }
    }

    fn dispatch(&self, action: Action) -> Result<(), js_sys::Error> {
        let inner = self.inner.borrow();
        let mounted = live(&inner)?;
        if let Some(d) = mounted.dispatcher.borrow().as_ref() {
            d.dispatch(action);
        }
        Ok(())
    }
}

/// The reader, unless it was destroyed or has failed.
fn live(inner: &Option<Mounted>) -> Result<&Mounted, js_sys::Error> {
    let mounted = inner.as_ref().ok_or_else(destroyed)?;
    match &mounted.failed {
        Some(failure) => Err(failure.to_js()),
        None => Ok(mounted),
    }
}

fn destroyed() -> js_sys::Error {
    Failure::new(ErrorCode::Destroyed, "this reader has been destroyed").to_js()
}
