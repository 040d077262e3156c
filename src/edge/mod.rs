//! The JavaScript boundary: page start-up, the JS API ([`api`]) and conversion of its
//! values ([`convert`]). The DOM plumbing components need lives below `ui`, in `crate::dom`.

pub mod api;
pub mod convert;
pub mod parser;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

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
    let hash = HashState::parse(&crate::dom::location_hash());
    let options = ReaderOptions {
        use_hash: true,
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
    mount_article(root, core::parse_article(text), ReaderOptions::default())
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
