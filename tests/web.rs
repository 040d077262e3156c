//! Browser tests: mount a reader into a fresh element in headless Chromium, act, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use qa_reader::core::parse;
use qa_reader::edge::{mount_article, mount_text};
use qa_reader::ui::ReaderOptions;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Three questions; Ann Lee speaks in the intro and the first, Bo Chan in the second.
const ARTICLE: &str = "\
A headline about a city under siege

“The city will hold,” said Ann Lee, a historian at a university.

Is the takeover imminent?

Troops are still holding the centre.

“It could take months,” she said.

Why does it matter?

The city is a rail hub, said Bo Chan, an analyst.

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

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .collect()
}

fn toggles(root: &Element) -> Vec<HtmlElement> {
    all(root, ".qar-toggle")
}

fn expanded(root: &Element) -> Vec<String> {
    toggles(root)
        .iter()
        .map(|t| t.get_attribute("aria-expanded").unwrap())
        .collect()
}

fn panel_of(root: &Element, toggle: &HtmlElement) -> Element {
    let id = toggle.get_attribute("aria-controls").unwrap();
    root.query_selector(&format!("#{id}")).unwrap().unwrap()
}

fn visible_text(root: &Element) -> String {
    root.dyn_ref::<HtmlElement>().unwrap().inner_text()
}

fn button(root: &Element, selector: &str, label: &str) -> HtmlElement {
    all(root, selector)
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().starts_with(label))
        .unwrap_or_else(|| panic!("no {selector} button starting with {label:?}"))
}

#[wasm_bindgen_test]
async fn sections_start_closed_and_a_header_toggles_its_panel() {
    let root = fresh_root();
    let _app = mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;

    let buttons = toggles(&root);
    assert_eq!(buttons.len(), 3);
    assert_eq!(expanded(&root), ["false", "false", "false"]);
    let first = &buttons[0];
    let panel = panel_of(&root, first);
    assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(panel.get_attribute("aria-labelledby"), Some(first.id()));
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
    assert!(
        visible_text(&root).contains("The city will hold"),
        "the intro is shown"
    );
    assert!(!visible_text(&root).contains("Troops are still holding the centre."));

    first.click();
    yew::scheduler::flush().await;
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!panel.has_attribute("hidden"));
    assert!(visible_text(&root).contains("Troops are still holding the centre."));

    first.click();
    yew::scheduler::flush().await;
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!visible_text(&root).contains("Troops are still holding the centre."));
    root.remove();
}

#[wasm_bindgen_test]
async fn expand_all_and_collapse_all() {
    let root = fresh_root();
    let _app = mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;
    button(&root, ".qar-toolbar button", "Expand all").click();
    yew::scheduler::flush().await;
    assert_eq!(expanded(&root), ["true", "true", "true"]);
    button(&root, ".qar-toolbar button", "Collapse all").click();
    yew::scheduler::flush().await;
    assert_eq!(expanded(&root), ["false", "false", "false"]);
    assert!(
        visible_text(&root).contains("The city will hold"),
        "the intro stays shown"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_between_headers() {
    let root = fresh_root();
    let _app = mount_text(root.clone(), ARTICLE);
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

#[wasm_bindgen_test]
async fn the_filter_shows_one_experts_paragraphs_and_restores_the_view() {
    let root = fresh_root();
    let _app = mount_text(root.clone(), ARTICLE);
    yew::scheduler::flush().await;

    let chips = all(&root, ".qar-chip");
    let names: Vec<String> = chips.iter().map(|c| c.text_content().unwrap()).collect();
    assert_eq!(names.len(), 3);
    assert!(names[0].starts_with("All"));
    assert!(
        names[1].starts_with("Ann Lee") && names[1].ends_with("2 paragraphs"),
        "{names:?}"
    );
    assert!(
        names[2].starts_with("Bo Chan") && names[2].ends_with("1 paragraph"),
        "{names:?}"
    );

    // The reader opened the third section before filtering.
    toggles(&root)[2].click();
    yew::scheduler::flush().await;
    assert_eq!(expanded(&root), ["false", "false", "true"]);

    button(&root, ".qar-chip", "Ann Lee").click();
    yew::scheduler::flush().await;
    assert_eq!(
        button(&root, ".qar-chip", "Ann Lee")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        expanded(&root),
        ["true", "false", "false"],
        "her sections open, the others close"
    );
    let shown: Vec<String> = all(&root, ".qar-paragraph")
        .iter()
        .filter(|p| is_visible(p))
        .map(|p| p.text_content().unwrap())
        .collect();
    assert_eq!(
        shown,
        [
            "“The city will hold,” said Ann Lee, a historian at a university.",
            "“It could take months,” she said."
        ]
    );
    let marks = all(&root, "mark.qar-quote");
    assert_eq!(
        marks.iter().filter(|m| is_visible(m)).count(),
        2,
        "her quotes are shown marked"
    );
    let evidence: Vec<String> = all(&root, ".qar-evidence")
        .iter()
        .filter(|e| is_visible(e))
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(
        evidence,
        ["“said” · named here", "“said” · a pronoun refers back"]
    );
    let filtered_metas = metas(&root);
    assert_eq!(
        filtered_metas,
        [
            "1 paragraph",
            "No quotes from Ann Lee",
            "No quotes from Ann Lee"
        ]
    );

    button(&root, ".qar-chip", "All").click();
    yew::scheduler::flush().await;
    assert_eq!(
        expanded(&root),
        ["false", "false", "true"],
        "the earlier view comes back"
    );
    let shown = all(&root, ".qar-paragraph")
        .iter()
        .filter(|p| is_visible(p))
        .count();
    assert_eq!(shown, 2, "the intro and the open third section");
    assert!(all(&root, ".qar-evidence").iter().all(|e| !is_visible(e)));
    let unfiltered = metas(&root);
    assert_eq!(unfiltered.len(), 3, "{unfiltered:?}");
    assert!(
        unfiltered.iter().all(|m| m.ends_with("min read")),
        "the lines under the headings are the unfiltered ones again: {unfiltered:?}"
    );

    // The same expert again, and another: each shows only that expert's lines.
    button(&root, ".qar-chip", "Ann Lee").click();
    yew::scheduler::flush().await;
    assert_eq!(metas(&root), filtered_metas);
    button(&root, ".qar-chip", "Bo Chan").click();
    yew::scheduler::flush().await;
    assert_eq!(
        metas(&root),
        [
            "No quotes from Bo Chan",
            "1 paragraph",
            "No quotes from Bo Chan"
        ]
    );
    root.remove();
}

/// The visible lines under the section headings.
fn metas(root: &Element) -> Vec<String> {
    all(root, ".qar-meta")
        .iter()
        .filter(|m| is_visible(m))
        .map(|m| m.text_content().unwrap())
        .collect()
}

/// Whether the browser renders the element (`checkVisibility()`: display, hidden panels).
fn is_visible(el: &Element) -> bool {
    let check = js_sys::Reflect::get(el, &"checkVisibility".into()).unwrap();
    let check: js_sys::Function = check.dyn_into().unwrap();
    check.call0(el).unwrap().as_bool().unwrap()
}

#[wasm_bindgen_test]
async fn the_hash_round_trips_and_opens_the_reader_in_that_state() {
    let window = web_sys::window().unwrap();
    let root = fresh_root();
    let options = ReaderOptions {
        use_hash: true,
        ..ReaderOptions::default()
    };
    let _app = mount_article(root.clone(), parse(ARTICLE).0, options);
    yew::scheduler::flush().await;

    button(&root, ".qar-chip", "Bo Chan").click();
    yew::scheduler::flush().await;
    hash_written().await;
    assert_eq!(window.location().hash().unwrap(), "#expert=bo-chan");
    toggles(&root)[2].click();
    yew::scheduler::flush().await;
    hash_written().await;
    assert_eq!(
        window.location().hash().unwrap(),
        "#expert=bo-chan&section=what-happens-next"
    );
    root.remove();

    // A second reader opened on that hash starts in that state.
    let hash = qa_reader::ui::state::HashState::parse(&window.location().hash().unwrap());
    let root = fresh_root();
    let options = ReaderOptions {
        use_hash: true,
        expert: hash.expert,
        section: hash.section,
        ..ReaderOptions::default()
    };
    let _app = mount_article(root.clone(), parse(ARTICLE).0, options);
    yew::scheduler::flush().await;
    assert_eq!(
        button(&root, ".qar-chip", "Bo Chan")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(expanded(&root), ["false", "true", "true"]);

    // Changing the hash (as back/forward does) changes the reader.
    window.location().set_hash("expert=ann-lee").unwrap();
    gloo_timers_wait().await;
    yew::scheduler::flush().await;
    assert_eq!(
        button(&root, ".qar-chip", "Ann Lee")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    window.location().set_hash("").unwrap();
    gloo_timers_wait().await;
    yew::scheduler::flush().await;
    assert_eq!(
        button(&root, ".qar-chip", "All")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );

    // A navigation before the reader's waiting write is made wins: the write is dropped.
    button(&root, ".qar-chip", "Bo Chan").click();
    yew::scheduler::flush().await;
    window.location().set_hash("expert=ann-lee").unwrap();
    hash_written().await;
    gloo_timers_wait().await;
    yew::scheduler::flush().await;
    assert_eq!(window.location().hash().unwrap(), "#expert=ann-lee");
    assert_eq!(
        button(&root, ".qar-chip", "Ann Lee")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    root.remove();
}

/// The `code` of an `Error` that `mount()` rejected with.
fn code_of(error: &wasm_bindgen::JsValue) -> String {
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "not an Error: {error:?}"
    );
    js_sys::Reflect::get(error, &"code".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

/// Lets a reader's hash write happen: it is written after the next frame, by a timer that
/// the frame's callback starts (`dom::write_hash`); this waits for a frame and a timer after.
async fn hash_written() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback(&resolve)
                .unwrap();
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(after_frame.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets the browser fire `hashchange` (it is queued as a task, not run synchronously).
async fn gloo_timers_wait() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn every_label_can_be_translated_and_misspelt_options_are_refused() {
    use js_sys::{Object, Reflect};
    use qa_reader::ui::Labels;
    let mut defaults = Labels::default();
    for key in Labels::KEYS {
        assert!(defaults.by_key(key).is_some(), "{key} names no label");
    }
    let labels = Object::new();
    for key in Labels::KEYS {
        Reflect::set(&labels, &(*key).into(), &format!("[{key}]").into()).unwrap();
    }
    let options = Object::new();
    Reflect::set(&options, &"labels".into(), &labels).unwrap();
    let root = fresh_root();
    let promise = qa_reader::edge::api::mount(root.clone().into(), ARTICLE.into(), options.into());
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("mount resolves");
    let shown = root.shadow_root().unwrap().text_content().unwrap();
    for key in [
        "all",
        "expandAll",
        "collapseAll",
        "minRead",
        "paragraphs",
        "speaking",
    ] {
        assert!(
            shown.contains(&format!("[{key}]")),
            "{key} is not shown in {shown}"
        );
    }
    root.remove();

    let options = js_sys::JSON::parse(r#"{"labels": {"expandAl": "x"}}"#).unwrap();
    let root = fresh_root();
    let promise = qa_reader::edge::api::mount(root.clone().into(), ARTICLE.into(), options);
    let error = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .unwrap_err();
    assert_eq!(code_of(&error), "unknown-option");
    root.remove();
}

#[cfg(feature = "fault-injection")]
#[wasm_bindgen_test]
async fn a_reader_that_panics_shows_a_message_and_the_others_keep_working() {
    use qa_reader::edge::api::{mount, FAULT_TRIGGER};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;
    let good = fresh_root();
    JsFuture::from(mount(
        good.clone().into(),
        ARTICLE.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect("the first reader mounts");

    let bad = fresh_root();
    let error = JsFuture::from(mount(
        bad.clone().into(),
        FAULT_TRIGGER.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect_err("the faulty reader's mount rejects");
    assert_eq!(code_of(&error), "internal");
    let shown = bad.shadow_root().unwrap().text_content().unwrap();
    assert!(
        shown.contains("internal error"),
        "the message is in its own box: {shown}"
    );

    // The first reader still responds, and new readers still mount.
    let toggle = good
        .shadow_root()
        .unwrap()
        .query_selector(".qar-toggle")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let later = fresh_root();
    JsFuture::from(mount(
        later.clone().into(),
        ARTICLE.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect("a later reader mounts");
    for root in [good, bad, later] {
        root.remove();
    }
}

#[cfg(feature = "fault-injection")]
#[wasm_bindgen_test]
async fn a_reader_that_panics_after_mounting_fails_alone() {
    use qa_reader::edge::api::{mount, FAULT_HEADING};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;
    let toggle_of = |root: &Element, heading: &str| {
        root.shadow_root()
            .unwrap()
            .query_selector_all(".qar-toggle")
            .unwrap()
            .values()
            .into_iter()
            .map(|n| n.unwrap().dyn_into::<HtmlElement>().unwrap())
            .find(|b| b.text_content().unwrap_or_default() == heading)
            .unwrap_or_else(|| panic!("no section {heading:?}"))
    };
    let good = fresh_root();
    JsFuture::from(mount(
        good.clone().into(),
        ARTICLE.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect("the good reader mounts");
    let faulty_text = format!("{ARTICLE}\n\n{FAULT_HEADING}\n\nThe answer is in this paragraph.");
    let bad = fresh_root();
    let bad_handle = JsFuture::from(mount(
        bad.clone().into(),
        faulty_text.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect("the faulty reader mounts (its fault is in a closed section)");
    let codes: std::rc::Rc<std::cell::RefCell<Vec<String>>> = Default::default();
    let listener = {
        let codes = codes.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let code = js_sys::Reflect::get(&e.detail(), &"code".into()).unwrap();
            codes
                .borrow_mut()
                .push(code.as_string().unwrap_or_default());
        })
    };
    for root in [&good, &bad] {
        root.add_event_listener_with_callback("qa-reader:error", listener.as_ref().unchecked_ref())
            .unwrap();
    }

    // A click opens the faulty section: its render panics inside Yew's scheduler.
    toggle_of(&bad, FAULT_HEADING).click();
    yew::scheduler::flush().await;
    gloo_timers_wait().await;
    gloo_timers_wait().await;
    let shown = bad.shadow_root().unwrap().text_content().unwrap();
    assert!(
        shown.contains("internal error"),
        "the failed reader says so: {shown}"
    );
    assert!(bad
        .shadow_root()
        .unwrap()
        .query_selector(".qar-error[role=alert]")
        .unwrap()
        .is_some());
    assert_eq!(
        *codes.borrow(),
        ["internal"],
        "only the failed reader fires, once"
    );
    let expand = js_sys::Reflect::get(&bad_handle, &"expandAll".into()).unwrap();
    let thrown = expand
        .dyn_into::<js_sys::Function>()
        .unwrap()
        .call0(&bad_handle)
        .expect_err("the failed reader's handle refuses calls");
    assert_eq!(code_of(&thrown), "internal");

    // The other reader still responds, and later readers mount and respond.
    let toggle = toggle_of(&good, "Why does it matter?");
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let later = fresh_root();
    JsFuture::from(mount(
        later.clone().into(),
        ARTICLE.into(),
        JsValue::UNDEFINED,
    ))
    .await
    .expect("a later reader mounts");
    let toggle = toggle_of(&later, "What happens next?");
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(*codes.borrow(), ["internal"]);
    for root in [good, bad, later] {
        root.remove();
    }
}
