//! qa-reader: a reader widget for Q&A news explainers, with a filter by quoted expert.
//!
//! - [`core`]: the article model, the plain-text parser and speaker attribution (pure Rust).
//! - `cli` (native only): the `qa-reader parse|check|render|eval` command-line tool, and
//!   `prerender` (native only), the reader rendered to HTML for it.
//! - [`dom`]: the DOM plumbing components need (no-ops natively); [`ui`]: the Yew
//!   components and their reducer, rendered in the browser or natively (`qa-reader render`);
//!   `edge` (wasm only): the JavaScript boundary.

// The core takes its strings and vectors from `alloc` and its maps from the crate that
// includes it (`maps`), so that it also builds without std, as the parser module does.
extern crate alloc;

/// The core's hash maps: std's here. (The parser module, built without std, gives it
/// hashbrown's, the same table; one copy of std's in the wasm is cheaper than two tables.)
pub(crate) mod maps {
    pub use std::collections::{HashMap, HashSet};
}

pub mod core;
pub mod dom;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub mod edge;
pub mod ui;

/// The seed article (the page fetches it from `seeds/`; native tests and tools use this copy).
#[cfg(not(target_arch = "wasm32"))]
pub const SEED_ARTICLE_TEXT: &str =
    include_str!("../seeds/aljazeera-eastern-stronghold-explainer.txt");

/// The browser build's allocator: talc, 3.0 KB gzip smaller than std's dlmalloc, binned like
/// it (lol_alloc is 0.6 KB smaller still, but each allocation walks its whole free list).
/// Its lock-free cell is sound only without threads: `new_wasm_dynamic_allocator` refuses at
/// compile time unless the target is wasm without the `atomics` feature, as ours is.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
