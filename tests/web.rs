//! Browser tests: mount a reader into a fresh element in headless Chromium, act, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "\
A headline about a city under siege

The city has been shelled for weeks, officials said.

Is the takeover imminent?

Troops are still holding the centre.

Why does it matter?

The city is a rail hub.

What happens next?

Talks are stalled.";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new, empty element attached to the body.
fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn toggles(root: &Element) -> Vec<HtmlElement> {
    let list = root.query_selector_all(".qar-toggle").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .collect()
}

fn panel_of(root: &Element, toggle: &HtmlElement) -> Element {
    let id = toggle.get_attribute("aria-controls").unwrap();
    root.query_selector(&format!("#{id}")).unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn clicking_a_header_toggles_its_panel() {
    let root = fresh_root();
    let _app = qa_reader::edge::mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;

    let buttons = toggles(&root);
    assert_eq!(buttons.len(), 3);
    let first = &buttons[0];
    let panel = panel_of(&root, first);
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(panel.get_attribute("aria-labelledby"), Some(first.id()));
    assert!(!panel.has_attribute("hidden"));
    let visible = root.dyn_ref::<HtmlElement>().unwrap().inner_text();
    assert!(visible.contains("Troops are still holding the centre."));

    first.click();
    yew::scheduler::flush().await;
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(panel.has_attribute("hidden"));
    let visible = root.dyn_ref::<HtmlElement>().unwrap().inner_text();
    assert!(!visible.contains("Troops are still holding the centre."));
    assert!(visible.contains("The city is a rail hub."));

    first.click();
    yew::scheduler::flush().await;
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn collapse_all_and_expand_all() {
    let root = fresh_root();
    let _app = qa_reader::edge::mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;
    let button = |label: &str| {
        let list = root.query_selector_all(".qar-toolbar button").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
            .find(|b| b.text_content().as_deref() == Some(label))
            .unwrap()
    };
    button("Collapse all").click();
    yew::scheduler::flush().await;
    let states: Vec<_> = toggles(&root)
        .iter()
        .map(|t| t.get_attribute("aria-expanded").unwrap())
        .collect();
    assert_eq!(states, ["false", "false", "false"]);
    let intro = root.query_selector(".qar-intro").unwrap().unwrap();
    assert!(
        intro.text_content().unwrap().contains("shelled for weeks"),
        "the intro stays shown"
    );

    button("Expand all").click();
    yew::scheduler::flush().await;
    let states: Vec<_> = toggles(&root)
        .iter()
        .map(|t| t.get_attribute("aria-expanded").unwrap())
        .collect();
    assert_eq!(states, ["true", "true", "true"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_between_headers() {
    let root = fresh_root();
    let _app = qa_reader::edge::mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;
    let buttons = toggles(&root);
    let press = |target: &HtmlElement, key: &str| {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
    };
    let focused = || document().active_element().map(|e| e.id());

    buttons[0].focus().unwrap();
    press(&buttons[0], "ArrowDown");
    assert_eq!(focused(), Some(buttons[1].id()));
    press(&buttons[1], "End");
    assert_eq!(focused(), Some(buttons[2].id()));
    press(&buttons[2], "ArrowDown");
    assert_eq!(
        focused(),
        Some(buttons[0].id()),
        "down from the last wraps to the first"
    );
    press(&buttons[0], "ArrowUp");
    assert_eq!(focused(), Some(buttons[2].id()));
    press(&buttons[2], "Home");
    assert_eq!(focused(), Some(buttons[0].id()));
    root.remove();
}
