//! Prerendering for `qa-reader render`: the reader rendered to HTML natively by the same
//! components, as a fragment for any page or as a whole page, ready to be hydrated.
//!
//! The markup is what the browser would build, so the hydrating wasm takes it over node for node
//! (Yew hydration) instead of replacing it. The fragment is the `<qa-reader>` element with
//! its shadow root declared in the markup (`<template shadowrootmode="open">`), the reader's
//! stylesheet linked (no inline style, so a strict CSP holds) and the article as JSON in a
//! `<script type="application/json">` beside it, so that the client never parses the text.
//! Without JavaScript it is the whole article: every section open, the quoted people as a
//! plain list, no control that does nothing.

use crate::core::Article;
use crate::ui::{App, AppProps, ReaderOptions, Shared};

/// The id prefix of a prerendered reader. Ids only need to be unique in their shadow root,
/// so one fixed prefix serves every prerendered reader; the browser reads it back from the
/// markup (`data-qar-prefix`) when it takes the reader over.
pub const PREFIX: &str = "qar0";

/// The version of the markup, stamped on every prerendered reader (`data-qar-version`):
/// the browser takes over only markup of its own version (its components render the same
/// nodes), and mounts afresh from the article JSON otherwise.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where the host files are served from by default (the README's `/qa-reader/` folder).
pub const DEFAULT_ASSETS: &str = "/qa-reader/";

/// The reader's own markup for `article`: Yew's server rendering of [`App`] in the state a
/// prerendered reader starts in (`ReaderState::prerendered`).
pub fn reader_markup(article: Article) -> String {
    let options = ReaderOptions {
        id_prefix: PREFIX.to_string(),
        prerendered: true,
        ..ReaderOptions::default()
    };
    let props = AppProps {
        article: Shared::new(article),
        options: Shared::new(options),
        on_event: Default::default(),
        on_ready: Default::default(),
    };
    // Yew's local renderer runs on the current thread in a tokio local task set; nothing
    // in the reader suspends, so this returns as soon as the tree is rendered.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources that can be missing");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        yew::LocalServerRenderer::<App>::with_props(props).render(),
    )
}

/// The `<qa-reader>` fragment: paste it into any page (with the host files served from
/// `assets`, a URL prefix ending in `/`), and the reader reads without JavaScript and is
/// taken over, not rebuilt, when its code arrives. `hash` keeps the chosen expert and
/// section in the location hash (for a page with one reader).
pub fn fragment(article: &Article, assets: &str, hash: bool) -> String {
    let json = script_json(article);
    let markup = reader_markup(article.clone());
    let assets = escape(assets);
    let hash = if hash { " hash" } else { "" };
    // The stylesheet is fetched from the start (preload), not only once the parser reaches
    // the shadow root: that wait would hold back the first paint.
    format!(
        "<link rel=\"preload\" as=\"style\" href=\"{assets}qa-reader.css\">\n\
         <script type=\"module\" src=\"{assets}qa-reader-element.js\"></script>\n\
         <qa-reader{hash}><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{assets}qa-reader.css\">\
         <div class=\"qar-host\" data-qar-prefix=\"{PREFIX}\" data-qar-version=\"{VERSION}\">{markup}</div>\
         </template><script type=\"application/json\" class=\"qar-article\">{json}</script>\
         </qa-reader>\n"
    )
}

/// A whole page around one reader, as the demo page (`trunk serve`) lays it out, with the
/// article in the HTML; the location hash follows the reader.
pub fn page(article: &Article, assets: &str) -> String {
    let title = escape(article.title.as_deref().unwrap_or("qa-reader"));
    let lang = "en";
    let fragment = fragment(article, assets, true);
    let assets = escape(assets);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"{assets}page.css\">\n</head>\n<body>\n\
         <main class=\"page\">\n{fragment}</main>\n</body>\n</html>\n"
    )
}

/// The article as JSON that is safe inside `<script>`: every `<` escaped (`\u003c`), so
/// no text in it can close the element or open a comment.
fn script_json(article: &Article) -> String {
    let json = serde_json::to_string(article).expect("an article always serialises");
    json.replace('<', "\\u003c")
}

/// Escapes text for an HTML attribute value or text content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
