//! The Yew UI: small components fed by one reducer ([`state::ReaderState`]).
//!
//! The components build for the browser only (until they render natively for prerendering);
//! `state` (the reducer and the hash format) and [`Shared`] are plain Rust and build
//! everywhere, so the reducer is tested natively (`tests/state.rs`).
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod block;
#[cfg(target_arch = "wasm32")]
pub mod chip;
#[cfg(target_arch = "wasm32")]
pub mod options;
#[cfg(target_arch = "wasm32")]
pub mod paragraph;
#[cfg(target_arch = "wasm32")]
pub mod roster;
#[cfg(target_arch = "wasm32")]
pub mod section;
#[cfg(target_arch = "wasm32")]
pub mod section_body;
#[cfg(target_arch = "wasm32")]
pub mod section_meta;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod toolbar;

use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};
#[cfg(target_arch = "wasm32")]
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
