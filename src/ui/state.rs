//! The reader's state and the one reducer that changes it; the location-hash format.
//!
//! Plain Rust (no browser crate), so it builds and is tested natively (`tests/state.rs`);
//! Yew's `Reducible` is a thin wrapper over [`reduce`], compiled for the browser only.

use std::rc::Rc;

use crate::core::ArticleIndex;

/// Everything that changes while a reader is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderState {
    /// Whether each section is open, by section index (the intro is always shown).
    pub open: Vec<bool>,
    /// The chosen expert (index into the article's experts), if the view is filtered.
    pub expert: Option<usize>,
    /// The expert chosen last, kept when the filter is cleared: what the lines under the
    /// headings say of that expert stays rendered, hidden while unfiltered, so that clearing
    /// the filter, or choosing the same expert again, re-renders none of them.
    pub last_expert: Option<usize>,
    /// The section opened last, for the location hash.
    pub focus: Option<usize>,
    /// Set once the reader's own code trapped (a panic): it then renders nothing more.
    pub failed: bool,
    /// Whether the controls are live buttons. A prerendered reader (`qa-reader render`)
    /// shows them as plain text styled alike, so that without JavaScript nothing looks
    /// pressable that does nothing; its code makes them live once it has taken over.
    pub live: bool,
    /// Whether the live region should say who is shown. Not for the expert a prerendered
    /// reader applies as it goes live: a reader rendered in the browser shows that one from
    /// its first render, which is not announced either.
    pub announce: bool,
    /// The open/closed state (and focus) from before the filter, restored when it is cleared.
    saved: Option<(Vec<bool>, Option<usize>)>,
    single_open: bool,
    index: Rc<ArticleIndex>,
}

impl ReaderState {
    /// Initial state: the intro open, the other sections closed.
    pub fn new(index: Rc<ArticleIndex>, single_open: bool) -> Self {
        let sections = index.section_words.len();
        let mut open = vec![false; sections];
        if let Some(first) = open.first_mut() {
            *first = true;
        }
        ReaderState {
            open,
            expert: None,
            last_expert: None,
            focus: None,
            failed: false,
            live: true,
            announce: true,
            saved: None,
            single_open,
            index,
        }
    }

    /// The state a prerendered reader is rendered in, on the server and again when the
    /// browser takes it over (the two must agree, node for node): every section open, so
    /// that the page reads whole without JavaScript, no expert chosen, controls not live.
    pub fn prerendered(index: Rc<ArticleIndex>, single_open: bool) -> Self {
        let mut state = ReaderState::new(index, single_open);
        state.open.iter_mut().for_each(|o| *o = true);
        state.live = false;
        state.announce = false;
        state
    }

    /// Whether section `i` is open.
    pub fn is_open(&self, i: usize) -> bool {
        i == 0 || self.open.get(i).copied().unwrap_or(false)
    }

    fn set_open(&mut self, i: usize, open: bool) {
        if i >= self.open.len() {
            return;
        }
        if open && self.single_open {
            self.open.iter_mut().skip(1).for_each(|o| *o = false);
        }
        self.open[i] = open;
        if open {
            self.focus = Some(i);
        } else if self.focus == Some(i) {
            self.focus = None;
        }
    }

    fn filter(&mut self, expert: Option<usize>) {
        if expert == self.expert {
            return;
        }
        match expert.filter(|&e| e < self.index.expert_sections.len()) {
            Some(e) => {
                if self.saved.is_none() {
                    self.saved = Some((self.open.clone(), self.focus));
                }
                let sections = &self.index.expert_sections[e];
                for (i, o) in self.open.iter_mut().enumerate() {
                    *o = i == 0 || sections.contains(&i);
                }
                // The hash names an open section only.
                self.focus = self.focus.filter(|&f| self.open[f]);
                self.expert = Some(e);
                self.last_expert = Some(e);
            }
            None => {
                if let Some((open, focus)) = self.saved.take() {
                    self.open = open;
                    self.focus = focus;
                }
                self.expert = None;
            }
        }
    }
}

/// The ways the state changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a closed section or close an open one.
    Toggle(usize),
    /// Open a section (find-in-page, links).
    Open(usize),
    /// Open every section.
    ExpandAll,
    /// Close every section but the intro.
    CollapseAll,
    /// Show only one expert's paragraphs, or everything again (`None`).
    Filter(Option<usize>),
    /// Go to a state named by the location hash (back/forward, a shared link).
    Restore {
        /// The expert to filter by, if any.
        expert: Option<usize>,
        /// A section to open.
        section: Option<usize>,
    },
    /// The reader's code trapped: stop rendering it (see `dom::contain`).
    Fail,
    /// The reader's code has taken over prerendered markup: make the controls live.
    Live,
}

/// The reducer: the state after `action`. Equal to `state` when the action changes nothing
/// (the Yew wrapper then keeps the old value, so nothing re-renders).
pub fn reduce(state: &ReaderState, action: Action) -> ReaderState {
    let mut next = state.clone();
    match action {
        Action::Fail => next.failed = true,
        Action::Live => next.live = true,
        Action::Toggle(i) => {
            let open = !next.is_open(i);
            next.set_open(i, open);
        }
        Action::Open(i) => next.set_open(i, true),
        Action::ExpandAll => {
            next.open.iter_mut().for_each(|o| *o = true);
        }
        Action::CollapseAll => {
            next.open.iter_mut().skip(1).for_each(|o| *o = false);
            next.focus = None;
        }
        Action::Filter(expert) => {
            next.filter(expert);
            next.announce |= next.live;
        }
        Action::Restore { expert, section } => {
            next.filter(expert);
            next.announce |= next.live;
            if let Some(s) = section {
                next.set_open(s, true);
            }
        }
    }
    next
}

impl yew::Reducible for ReaderState {
    type Action = Action;

    /// Runs behind [`crate::dom::contain::contain`]: the reducer runs inside Yew's
    /// dispatch, which holds the state borrowed, so a trap here would leave it borrowed.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let this = self.clone();
        crate::dom::contain::contain(move || {
            let next = reduce(&this, action);
            if next == *this {
                this
            } else {
                Rc::new(next)
            }
        })
        .unwrap_or_else(|_| {
            let mut failed = (*self).clone();
            failed.failed = true;
            Rc::new(failed)
        })
    }
}

/// The reader's place in a location hash: `#expert=ID&section=ID`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HashState {
    /// An expert id.
    pub expert: Option<String>,
    /// A section id.
    pub section: Option<String>,
}

impl HashState {
    /// Reads `#expert=…&section=…`; unknown keys and malformed parts are ignored.
    pub fn parse(hash: &str) -> Self {
        let mut state = HashState::default();
        for part in hash.trim_start_matches('#').split('&') {
            match part.split_once('=') {
                Some(("expert", v)) if is_slug(v) => state.expert = Some(v.to_string()),
                Some(("section", v)) if is_slug(v) => state.section = Some(v.to_string()),
                _ => {}
            }
        }
        state
    }

    /// Writes the hash (without `#`); empty when there is nothing to keep.
    pub fn format(&self) -> String {
        let mut parts = Vec::new();
        if let Some(e) = &self.expert {
            parts.push(format!("expert={e}"));
        }
        if let Some(s) = &self.section {
            parts.push(format!("section={s}"));
        }
        parts.join("&")
    }
}

fn is_slug(v: &str) -> bool {
    !v.is_empty() && v.len() <= 80 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
