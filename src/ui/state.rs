//! The reader's state and the one reducer that changes it.

use std::rc::Rc;

use yew::Reducible;

/// Everything that changes while a reader is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderState {
    /// Whether each section is open, by section index (the intro is always shown).
    pub open: Vec<bool>,
}

impl ReaderState {
    /// Initial state for an article with `sections` sections: all open.
    pub fn new(sections: usize) -> Self {
        ReaderState {
            open: vec![true; sections],
        }
    }

    /// Whether section `i` is open.
    pub fn is_open(&self, i: usize) -> bool {
        self.open.get(i).copied().unwrap_or(false)
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
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(i) => {
                if let Some(o) = next.open.get_mut(i) {
                    *o = !*o;
                }
            }
            Action::Open(i) => {
                if let Some(o) = next.open.get_mut(i) {
                    *o = true;
                }
            }
            Action::ExpandAll => next.open.iter_mut().for_each(|o| *o = true),
            Action::CollapseAll => next.open.iter_mut().skip(1).for_each(|o| *o = false),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
