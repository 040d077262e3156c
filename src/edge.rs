//! The JavaScript boundary: page start-up, DOM look-ups and event plumbing the components need.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::core;
use crate::ui::{App, AppProps, Shared};

/// Id of the element the page mounts the reader into.
pub const PAGE_ROOT_ID: &str = "qa-reader";

/// Mounts a reader of the built-in seed article into `#qa-reader` (or the body).
pub fn start_page() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser page has a document");
    let root = document
        .get_element_by_id(PAGE_ROOT_ID)
        .or_else(|| document.body().map(Element::from))
        .expect("a page has a body");
    mount_text(root, crate::SEED_ARTICLE_TEXT);
}

/// Parses `text` and renders a reader of it into `root`, replacing the root's content
/// (such as a loading message).
pub fn mount_text(root: Element, text: &str) -> yew::AppHandle<App> {
    let (article, _diagnostics) = core::parse(text);
    root.set_text_content(None);
    let props = AppProps {
        article: Shared::new(article),
        id_prefix: "qar".into(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
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
