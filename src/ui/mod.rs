//! The Yew UI: small components fed by one reducer ([`state::ReaderState`]).
//!
//! Everything here builds for both targets: in the browser the components render and
//! hydrate, natively they render to HTML (`prerender`, for `qa-reader render`). They reach
//! the browser only through `crate::dom`; `state` (the reducer and the hash format) is
//! plain Rust, tested natively (`tests/state.rs`).
pub mod app;
pub mod block;
pub mod chip;
pub mod options;
pub mod paragraph;
pub mod roster;
pub mod section;
pub mod section_body;
pub mod section_meta;
pub mod state;
pub mod toolbar;

use std::rc::Rc;

pub use app::{App, AppProps};
pub use options::{Labels, ReaderEvent, ReaderOptions};

/// Shared, immutable data handed to components, compared by pointer so that props
/// comparisons stay O(1) however large the article is.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
