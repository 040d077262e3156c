//! The JavaScript boundary: page start-up, the JS API ([`api`]), and the DOM plumbing
//! components need (location hash, find-in-page reveal, focus movement).

pub mod api;
pub mod contain;
pub mod convert;

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::NodeRef;

use crate::core;
use crate::ui::state::HashState;
use crate::ui::{App, AppProps, ReaderOptions, Shared};

/// Id of the element the page mounts the reader into.
pub const PAGE_ROOT_ID: &str = "qa-reader";

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser page has a window")
}

/// Mounts the page's reader on `#qa-reader`, from the article its `data-src` names, keeping
/// the chosen expert and open section in the location hash. Pages without that element
/// (hosts that embed readers with `mount()` or `<qa-reader>`) get nothing mounted.
pub fn start_page() {
    let Some(root) = window()
        .document()
        .and_then(|d| d.get_element_by_id(PAGE_ROOT_ID))
    else {
        return;
    };
    let Some(src) = root.get_attribute("data-src") else {
        return;
    };
    let hash = HashState::parse(&window().location().hash().unwrap_or_default());
    let options = ReaderOptions {
        use_hash: true,
        expert: hash.expert,
        section: hash.section.clone(),
        ..ReaderOptions::default()
    };
    let source = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&source, &"url".into(), &src.into());
    wasm_bindgen_futures::spawn_local(async move {
        // A failure is shown in the reader's box; there is no caller to reject.
        if api::mount_on(root.clone(), source.into(), options)
            .await
            .is_ok()
        {
            if let Some(section) = hash.section {
                scroll_to(&root, &section);
            }
        }
    });
}

/// Parses `text` and renders a reader of it into `root` with default options.
pub fn mount_text(root: Element, text: &str) -> yew::AppHandle<App> {
    mount_article(root, core::parse(text).0, ReaderOptions::default())
}

/// Renders a reader of `article` into `root`, replacing the root's content (such as a
/// loading message).
pub fn mount_article(
    root: Element,
    article: core::Article,
    mut options: ReaderOptions,
) -> yew::AppHandle<App> {
    options.id_prefix = next_prefix();
    let props = AppProps {
        article: Shared::new(article),
        options: Shared::new(options),
        on_event: Default::default(),
        on_ready: Default::default(),
    };
    render(root, props)
}

/// Renders `props` into `root`, replacing its content.
pub(crate) fn render(root: Element, props: AppProps) -> yew::AppHandle<App> {
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// Scrolls to (and focuses) a section's header button in the host's shadow root.
fn scroll_to(host: &Element, section: &str) {
    // Section ids are slugs, safe in a selector; the reader's id prefix is its own.
    let selector = format!("[id$='-h-{section}']");
    let Some(el) = host
        .shadow_root()
        .and_then(|r| r.query_selector(&selector).ok().flatten())
    else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// A reader's own constructed stylesheet, holding the rule that makes the expert filter:
/// one rule rewrite per filter change instead of re-rendering every section.
pub struct FilterSheet {
    sheet: web_sys::CssStyleSheet,
    holder: JsValue,
    scope: String,
}

impl FilterSheet {
    /// Creates the sheet and adopts it on the document or shadow root that holds `node`;
    /// `scope` is the reader root's own class.
    pub fn adopt(node: &NodeRef, scope: &str) -> Option<FilterSheet> {
        let el = node.cast::<Element>()?;
        let holder: JsValue = el.get_root_node().into();
        let sheet = web_sys::CssStyleSheet::new().ok()?;
        // A node outside any document or shadow root has nowhere to adopt a sheet.
        let list = adopted(&holder)?;
        list.push(&sheet);
        js_sys::Reflect::set(&holder, &"adoptedStyleSheets".into(), &list).ok()?;
        Some(FilterSheet {
            sheet,
            holder,
            scope: scope.to_string(),
        })
    }

    /// Shows only expert `e`'s paragraphs with their quotes and evidence, or everything.
    pub fn show(&self, expert: Option<usize>) {
        let s = &self.scope;
        let rule = match expert {
            None => format!(".{s} .qar-evidence {{ display: none; }}"),
            Some(e) => format!(
                ".{s} .qar-paragraph:not(.qar-by-{e}), .{s} .qar-figure, .{s} .qar-embed, \
                 .{s} .qar-evidence:not(.qar-ev-{e}) {{ display: none; }}\n\
                 .{s} .qar-by-{e} .qar-quote {{ background: var(--qar-i-quote-bg); padding: 0 0.1em; }}\n\
                 .{s} .qar-section:not(.qar-has-{e}) .qar-toggle-text {{ color: var(--qar-i-muted); }}"
            ),
        };
        let _ = self.sheet.replace_sync(&rule);
    }

    /// Takes the sheet off its document or shadow root.
    pub fn remove(&self) {
        let Some(list) = adopted(&self.holder) else {
            return;
        };
        let kept: js_sys::Array = list
            .iter()
            .filter(|s| *s != JsValue::from(&self.sheet))
            .collect();
        let _ = js_sys::Reflect::set(&self.holder, &"adoptedStyleSheets".into(), &kept);
    }
}

/// The sheets adopted by a document or shadow root, as a plain array; `None` for other nodes.
fn adopted(holder: &JsValue) -> Option<js_sys::Array> {
    let list = js_sys::Reflect::get(holder, &"adoptedStyleSheets".into()).ok()?;
    // An ObservableArray, not an Array: copy it (Array.from throws on undefined, so check).
    (!list.is_undefined() && !list.is_null()).then(|| js_sys::Array::from(&list))
}

/// A new id prefix, unique among the readers of this page (`qar1`, `qar2`, …).
pub(crate) fn next_prefix() -> String {
    thread_local! {
        static READERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = READERS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    format!("qar{n}")
}

/// Calls `f` with the new hash whenever the location hash changes (links, back/forward).
pub fn on_hash_change(f: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| {
        f(window().location().hash().unwrap_or_default());
    })
}

/// Sets the location hash to `hash` (without `#`): a new history entry when `push`,
/// otherwise in place. An empty hash leaves the URL without a fragment.
pub fn write_hash(hash: &str, push: bool) {
    let location = window().location();
    let current = location.hash().unwrap_or_default();
    if current.trim_start_matches('#') == hash {
        return;
    }
    let url = if hash.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Hides a panel so that find-in-page can still reveal it (`hidden="until-found"`), or shows it.
pub fn set_hidden_until_found(node: &NodeRef, hidden: bool) {
    let Some(el) = node.cast::<Element>() else {
        return;
    };
    if hidden {
        let _ = el.set_attribute("hidden", "until-found");
    } else {
        let _ = el.remove_attribute("hidden");
    }
}

/// Calls `f` when the browser is about to reveal the hidden-until-found element (`beforematch`).
pub fn on_before_match(node: &NodeRef, f: impl Fn() + 'static) -> Option<EventListener> {
    let el = node.cast::<Element>()?;
    Some(EventListener::new(&el, "beforematch", move |_| f()))
}

/// Arrow keys, Home and End move focus between the section header buttons of one reader
/// (the accordion pattern's optional keyboard support).
pub fn move_focus_between_headers(event: KeyboardEvent) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !target.class_list().contains("qar-toggle") {
        return;
    }
    let Some(reader) = target.closest(".qar-reader").ok().flatten() else {
        return;
    };
    let Ok(list) = reader.query_selector_all(".qar-toggle") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let Some(current) = buttons.iter().position(|b| b.is_same_node(Some(&target))) else {
        return;
    };
    let last = buttons.len() - 1;
    let next = match event.key().as_str() {
        "ArrowDown" => (current + 1) % buttons.len(),
        "ArrowUp" => current.checked_sub(1).unwrap_or(last),
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    event.prevent_default();
    let _ = buttons[next].focus();
}
