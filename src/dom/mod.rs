//! The DOM plumbing components need, below `ui`: the location hash, find-in-page reveal,
//! focus movement, the filter stylesheet and panic containment, with no-ops natively.
//!
//! Components reach the browser only through this module (mostly through its hooks), so they
//! also render natively for `qa-reader render`, where effects never run and every function
//! here does nothing. It knows Yew, the DOM and the reader's class names (the filter rules
//! are written in them), never the reader's components or state.

pub mod contain;

use yew::prelude::*;

#[cfg(target_arch = "wasm32")]
pub use browser::*;
#[cfg(not(target_arch = "wasm32"))]
pub use server::*;

/// The class on a reader's root that turns on expert `e`'s filter rules (`FilterSheet`).
pub fn filter_class(e: usize) -> String {
    format!("qar-x-{e}")
}

/// Keeps a panel hidden, findable by find-in-page (`hidden="until-found"`), while `hidden`;
/// the `html!` macro cannot write that value (it treats `hidden` as a boolean).
#[hook]
pub fn use_hidden_until_found(panel: &NodeRef, hidden: bool) {
    let panel = panel.clone();
    use_effect_with(hidden, move |&hidden| {
        set_hidden_until_found(&panel, hidden)
    });
}

/// Emits `on_reveal` when find-in-page is about to reveal the hidden panel (`beforematch`).
#[hook]
pub fn use_before_match(panel: &NodeRef, on_reveal: Callback<()>) {
    let panel = panel.clone();
    use_effect_with((), move |_| {
        let listener = on_before_match(&panel, move || on_reveal.emit(()));
        move || drop(listener)
    });
}

/// Calls `on_hash` with the new hash whenever the location hash changes, while `enabled`.
#[hook]
pub fn use_hash_change(enabled: bool, on_hash: Callback<String>) {
    use_effect_with(enabled, move |&enabled| {
        let listener = enabled.then(|| on_hash_change(move |hash| on_hash.emit(hash)));
        move || drop(listener)
    });
}

/// The browser's side.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::Cell;

    use gloo_events::EventListener;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Element, HtmlElement};
    use yew::events::KeyboardEvent;
    use yew::NodeRef;

    fn window() -> web_sys::Window {
        web_sys::window().expect("a browser page has a window")
    }

    /// An event listener, removed when dropped.
    pub struct Listener(#[allow(dead_code)] EventListener);

    /// A reader's own constructed stylesheet, holding the rules that make the expert filter:
    /// a filter change switches a class on the reader's root instead of re-rendering every
    /// section.
    ///
    /// The rules of each expert chosen so far stay in the sheet, each behind that expert's
    /// root class ([`super::filter_class`]), so that a filter change is a class change on the
    /// root, and only choosing a new expert edits the sheet. A sheet edit makes the browser
    /// rebuild the rule sets and restyle more (clearing the filter on the 10x article: 1.2 ms
    /// of style recalculation against 0.65 ms for the class change; BENCHMARKS.md).
    pub struct FilterSheet {
        sheet: web_sys::CssStyleSheet,
        holder: JsValue,
        scope: String,
        /// The experts whose rules are in the sheet.
        held: std::cell::RefCell<Vec<usize>>,
    }

    /// How many experts' rules a sheet keeps before it starts again from one (every paragraph
    /// is matched against all of them whenever it is restyled).
    const HELD: usize = 16;

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
            let sheet = FilterSheet {
                sheet,
                holder,
                scope: scope.to_string(),
                held: Default::default(),
            };
            sheet.rewrite(&[]);
            Some(sheet)
        }

        /// Makes sure the sheet holds the rules that show only expert `e`'s paragraphs, with
        /// their quotes and evidence, once the root has `e`'s class; `None` needs no rule.
        pub fn show(&self, expert: Option<usize>) {
            let Some(e) = expert else {
                return;
            };
            let mut held = self.held.borrow_mut();
            if held.contains(&e) {
                return;
            }
            if held.len() == HELD {
                held.clear();
            }
            held.push(e);
            self.rewrite(&held);
        }

        /// Writes the rules of `experts`. (The reader's stylesheet hides evidence lines and
        /// switches the lines under the headings too, so that a prerendered reader shows
        /// neither before its code runs; the first rules also cover a root without it.)
        fn rewrite(&self, experts: &[usize]) {
            let s = &self.scope;
            let mut rules = format!(
                ".{s} .qar-evidence, .{s} .qar-meta-chosen, .{s}.qar-filtered .qar-meta-all \
                 {{ display: none; }}\n.{s}.qar-filtered .qar-meta-chosen {{ display: block; }}\n"
            );
            for e in experts {
                let on = format!(".{s}.{}", super::filter_class(*e));
                rules.push_str(&format!(
                    "{on} .qar-paragraph:not(.qar-by-{e}), {on} .qar-figure, {on} .qar-embed, \
                     {on} .qar-evidence:not(.qar-ev-{e}) {{ display: none; }}\n\
                     {on} .qar-ev-{e} {{ display: block; }}\n\
                     {on} .qar-by-{e} .qar-quote {{ background: var(--qar-i-quote-bg); padding: 0 0.1em; }}\n\
                     {on} .qar-section:not(.qar-has-{e}) .qar-toggle-text {{ color: var(--qar-i-muted); }}\n"
                ));
            }
            let _ = self.sheet.replace_sync(&rules);
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

    /// The sheets adopted by a document or shadow root, as a plain array; `None` for others.
    fn adopted(holder: &JsValue) -> Option<js_sys::Array> {
        let list = js_sys::Reflect::get(holder, &"adoptedStyleSheets".into()).ok()?;
        // An ObservableArray, not an Array: copy it (Array.from throws on undefined).
        (!list.is_undefined() && !list.is_null()).then(|| js_sys::Array::from(&list))
    }

    /// Calls `f` with the new hash whenever the location hash changes (links, back/forward).
    pub fn on_hash_change(f: impl Fn(String) + 'static) -> Listener {
        Listener(EventListener::new(&window(), "hashchange", move |_| {
            f(window().location().hash().unwrap_or_default());
        }))
    }

    /// The location hash, with its `#`.
    pub fn location_hash() -> String {
        window().location().hash().unwrap_or_default()
    }

    /// Sets the location hash to `hash` (without `#`): a new history entry when `push`,
    /// otherwise in place. An empty hash leaves the URL without a fragment.
    ///
    /// Written once the frame that shows the change has been produced, not in the click that
    /// made it: `history.pushState` costs 1–6 ms in Chromium (most of a 1× filter click's
    /// script, BENCHMARKS.md), and the URL need not be in that frame. A hidden page, which
    /// runs no frames, is written at once. Only the latest write is made: one still waiting
    /// when a newer one is asked for is dropped, so that it cannot land after it, and if it
    /// was to add a history entry, the newer one adds it instead (Back still undoes both).
    /// A write is dropped too if the page navigated while it waited.
    pub fn write_hash(hash: &str, push: bool) {
        let turn = HASH_WRITES.with(|n| {
            n.set(n.get().wrapping_add(1));
            n.get()
        });
        let push = push || PUSH_WAITING.with(Cell::get);
        let hidden = window().document().is_some_and(|d| d.hidden());
        if hidden {
            PUSH_WAITING.with(|p| p.set(false));
            return write_hash_now(hash, push);
        }
        PUSH_WAITING.with(|p| p.set(push));
        let hash = hash.to_string();
        // A navigation in between (Back, a link, a host setting the hash) wins: the write,
        // made for the state before it, would undo it.
        let location = window().location();
        let before = location.hash().unwrap_or_default();
        let write = wasm_bindgen::closure::Closure::once_into_js(move || {
            if HASH_WRITES.with(Cell::get) != turn {
                return;
            }
            PUSH_WAITING.with(|p| p.set(false));
            if location.hash().unwrap_or_default() == before {
                write_hash_now(&hash, push)
            }
        });
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window().set_timeout_with_callback(write.unchecked_ref());
        });
        let _ = window().request_animation_frame(after_frame.unchecked_ref());
    }

    thread_local! {
        /// How many hash writes have been asked for: a waiting write runs only if it is the latest.
        static HASH_WRITES: Cell<u32> = const { Cell::new(0) };
        /// Whether the write waiting to be made adds a history entry.
        static PUSH_WAITING: Cell<bool> = const { Cell::new(false) };
    }

    fn write_hash_now(hash: &str, push: bool) {
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
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }

    /// Hides a panel so that find-in-page can still reveal it, or shows it.
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

    /// Calls `f` when the browser is about to reveal the hidden-until-found element.
    pub fn on_before_match(node: &NodeRef, f: impl Fn() + 'static) -> Option<Listener> {
        let el = node.cast::<Element>()?;
        Some(Listener(EventListener::new(
            &el,
            "beforematch",
            move |_| f(),
        )))
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
}

/// Native rendering: there is no page, so nothing here does anything (and effects, the only
/// callers, never run in Yew's server renderer anyway).
#[cfg(not(target_arch = "wasm32"))]
mod server {
    use yew::events::KeyboardEvent;
    use yew::NodeRef;

    /// An event listener (natively, none is ever made; the `Drop` keeps the hooks' cleanup
    /// the same on both targets).
    pub struct Listener;

    impl Drop for Listener {
        fn drop(&mut self) {}
    }

    /// The filter stylesheet (natively, none is ever adopted).
    pub struct FilterSheet;

    impl FilterSheet {
        /// Nothing to adopt on.
        pub fn adopt(_node: &NodeRef, _scope: &str) -> Option<FilterSheet> {
            None
        }
        /// Does nothing.
        pub fn show(&self, _expert: Option<usize>) {}
        /// Does nothing.
        pub fn remove(&self) {}
    }

    /// No location to listen to.
    pub fn on_hash_change(_f: impl Fn(String) + 'static) -> Listener {
        Listener
    }

    /// No location: an empty hash.
    pub fn location_hash() -> String {
        String::new()
    }

    /// No location to write to.
    pub fn write_hash(_hash: &str, _push: bool) {}

    /// No element to hide.
    pub fn set_hidden_until_found(_node: &NodeRef, _hidden: bool) {}

    /// No element to listen to.
    pub fn on_before_match(_node: &NodeRef, _f: impl Fn() + 'static) -> Option<Listener> {
        None
    }

    /// No focus to move.
    pub fn move_focus_between_headers(_event: KeyboardEvent) {}
}
