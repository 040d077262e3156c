//! qa-reader: a reader widget for Q&A news explainers, with a filter by quoted expert.
//!
//! - [`core`]: the article model, the plain-text parser and speaker attribution (pure Rust).
//! - `cli` (native only): the `qa-reader parse|check|eval` command-line tool.
//! - `ui` and `edge` (wasm only): the Yew components and the JavaScript boundary.

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod edge;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The article the page shows when it is given no other: an explainer with four question headings.
pub const SEED_ARTICLE_TEXT: &str =
    include_str!("../seeds/aljazeera-eastern-stronghold-explainer.txt");
