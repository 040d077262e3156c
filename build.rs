//! Build script: a minified copy of the widget's stylesheet for the wasm to embed.
//!
//! `static/qa-reader.css` stays commented and readable; the copy in `OUT_DIR` drops the
//! comments and the layout whitespace, which would otherwise ship inside the wasm
//! (about 0.8 KB after gzip).

use std::{env, fs, path::Path};

fn main() {
    let source = "static/qa-reader.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("static/qa-reader.css is part of the crate");
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("qa-reader.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

/// Drops `/* … */` comments and collapses whitespace, removing it around `{ } ; , >`.
/// Enough for our own stylesheet, which has no strings or escapes where spaces matter.
fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let glued = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let (last, first) = (out.chars().last(), word.chars().next());
        if !out.is_empty() && !last.is_some_and(glued) && !first.is_some_and(glued) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
