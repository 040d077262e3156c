//! The pure core: article model, plain-text parser and speaker attribution, with no browser dependency.
//!
//! Nothing in here may use yew, web-sys or wasm-bindgen (a test checks it): the command-line
//! tool and native tests use it as it is, and the widget renders what it returns.

pub mod attribution;
pub mod furniture;
pub mod gold;
pub mod index;
pub mod json;
pub mod model;
pub mod parse;
pub mod prelude;
pub mod synth;
pub mod text;

pub use index::ArticleIndex;
pub use model::*;
pub use parse::{
    adopt, needs_attribution, pack_paragraphs, parse, parse_article, parse_without,
    take_attribution, tidy, unpack_paragraphs, verify_accounting,
};
