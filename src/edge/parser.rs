//! The parser module (`qa-reader-parse.wasm`, built from `parser/`): fetched and started the
//! first time a reader needs text parsed or an article attributed, then kept for the page.
//!
//! Why a module of its own: the parser and the attribution engine are about a third of the
//! reader's code, and a page that serves article JSON from `qa-reader parse` (or a reader
//! prerendered by `qa-reader render`) never runs them. The module has a C ABI and no
//! imports: its input (text, or paragraphs packed by `core::pack_paragraphs`) is written into
//! its memory, and its answer is article JSON (for text, what `qa-reader parse` prints; for
//! paragraphs, one bare section of them, attributed), read back and handed to the same
//! converter as any article JSON.
//! It is found beside this module's JavaScript glue (`import.meta.url`), as the main wasm is.
//!
//! Built with the `linked-parser` feature (the browser tests, whose runner serves only the
//! test's own module), the core is called directly instead.

use super::api::Failure;
use crate::core::Article;

/// The parser module's file name, beside `qa-reader.js` (the README's host-files list).
pub const MODULE_FILE: &str = "qa-reader-parse.wasm";

/// Parses article text, as `core::parse` does.
pub(crate) async fn parse(text: String) -> Result<Article, Failure> {
    #[cfg(feature = "linked-parser")]
    return linked(move || crate::core::parse_article(&text));
    #[cfg(not(feature = "linked-parser"))]
    return module::call(module::Entry::Parse, text.as_bytes()).await;
}

/// Attributes the speakers of article JSON that names none, as `core::adopt` does: the
/// article the main module already read and tidied, of which the module is sent only the
/// paragraphs (`core::pack_paragraphs`). Left as it was when this fails.
pub(crate) async fn attribute(article: &mut Article) -> Result<(), Failure> {
    let packed = crate::core::pack_paragraphs(article);
    #[cfg(feature = "linked-parser")]
    let attributed = linked(move || {
        let mut attributed = crate::core::unpack_paragraphs(&packed);
        crate::core::attribution::attribute(&mut attributed);
        attributed
    })?;
    #[cfg(not(feature = "linked-parser"))]
    let attributed = module::call(module::Entry::Attribute, &packed).await?;
    crate::core::take_attribution(article, attributed);
    Ok(())
}

/// Loads the module from `url` (the `parser` option) instead of beside the glue. A page has
/// one parser module, however many readers: the URL of a load under way or done is kept, and
/// a later option replaces it only once nothing is loaded (a failed load is forgotten).
pub(crate) fn locate(url: String) {
    #[cfg(not(feature = "linked-parser"))]
    if module::INSTANCE.with(|cell| cell.borrow().is_none()) {
        module::URL.with(|u| *u.borrow_mut() = Some(url));
    }
    #[cfg(feature = "linked-parser")]
    let _ = url;
}

/// Starts fetching and compiling the module, so that it is ready when a fetched article
/// turns out to be text. Does nothing when it is already loading or loaded.
pub(crate) fn warm() {
    #[cfg(not(feature = "linked-parser"))]
    let _ = module::instance();
}

/// The core called in this module, behind the same guard as the rest of mounting.
#[cfg(feature = "linked-parser")]
fn linked(f: impl FnOnce() -> Article + 'static) -> Result<Article, Failure> {
    crate::dom::contain::contain(f).map_err(|thrown| super::api::internal(&thrown))
}

#[cfg(not(feature = "linked-parser"))]
mod module {
    use std::cell::RefCell;

    use js_sys::{Function, Object, Promise, Reflect, Uint8Array, WebAssembly};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{future_to_promise, JsFuture};

    use super::super::api::{js_message, ErrorCode, Failure};
    use super::super::convert::article_from_js;
    use super::MODULE_FILE;
    use crate::core::Article;

    #[wasm_bindgen]
    extern "C" {
        type ImportMeta;
        /// `import.meta` of the glue module this wasm was loaded by.
        #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
        static IMPORT_META: ImportMeta;
        #[wasm_bindgen(method, getter)]
        fn url(this: &ImportMeta) -> String;

        /// `TextDecoder`, bound here to return a JavaScript string (web-sys's copies the
        /// text into a Rust `String`).
        #[wasm_bindgen(js_name = TextDecoder)]
        type Utf8Decoder;
        #[wasm_bindgen(constructor, js_class = TextDecoder)]
        fn new() -> Utf8Decoder;
        #[wasm_bindgen(method, js_class = TextDecoder)]
        fn decode(this: &Utf8Decoder, bytes: &Uint8Array) -> js_sys::JsString;
    }

    thread_local! {
        /// Where the module is, when the `parser` option said so (`locate`).
        pub(super) static URL: RefCell<Option<String>> = const { RefCell::new(None) };
        /// The module loading or loaded: a promise of its instance, or of the `Error` that
        /// stopped it (it never rejects, so that a load nobody awaits reports nothing).
        pub(super) static INSTANCE: RefCell<Option<Promise>> = const { RefCell::new(None) };
    }

    /// The module's two entry points.
    #[derive(Clone, Copy)]
    pub(super) enum Entry {
        Parse,
        Attribute,
    }

    /// Where the module is: where the `parser` option said, or beside the glue, whatever
    /// query or fragment the glue's URL has.
    fn module_url() -> String {
        if let Some(url) = URL.with(|u| u.borrow().clone()) {
            return url;
        }
        let glue = IMPORT_META.with(ImportMeta::url);
        let path = glue.split(['?', '#']).next().unwrap_or_default();
        format!(
            "{}{MODULE_FILE}",
            &path[..path.rfind('/').map_or(0, |i| i + 1)]
        )
    }

    /// The promise of the module's instance, starting the load if none is under way.
    pub(super) fn instance() -> Promise {
        INSTANCE.with(|cell| {
            cell.borrow_mut()
                .get_or_insert_with(|| {
                    future_to_promise(async {
                        Ok(match load(&module_url()).await {
                            Ok(instance) => instance.into(),
                            Err(message) => js_sys::Error::new(&message).into(),
                        })
                    })
                })
                .clone()
        })
    }

    async fn load(url: &str) -> Result<WebAssembly::Instance, String> {
        let failed = |e: JsValue| format!("could not load the parser ({url}): {}", js_message(&e));
        let window = web_sys::window().ok_or("no window")?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(failed)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!(
                "could not load the parser ({url}): HTTP {}",
                response.status()
            ));
        }
        let bytes = JsFuture::from(response.array_buffer().map_err(failed)?)
            .await
            .map_err(failed)?;
        let module: WebAssembly::Module = JsFuture::from(WebAssembly::compile(&bytes))
            .await
            .map_err(failed)?
            .unchecked_into();
        let instance = JsFuture::from(WebAssembly::instantiate_module(&module, &Object::new()))
            .await
            .map_err(failed)?;
        Ok(instance.unchecked_into())
    }

    /// Forgets `promise` if it is still the current load (a newer one is kept).
    fn forget(promise: &Promise) {
        INSTANCE.with(|cell| {
            let mut cell = cell.borrow_mut();
            if cell
                .as_ref()
                .is_some_and(|p| JsValue::from(p) == JsValue::from(promise))
            {
                *cell = None;
            }
        });
    }

    /// The module's instance, or the message of the load that failed. A failed load is
    /// forgotten, so that a later reader tries again; one that was under way before this
    /// call (started early, for another reader) is tried once more first.
    async fn ready() -> Result<WebAssembly::Instance, String> {
        let ours = INSTANCE.with(|cell| cell.borrow().is_none());
        match attempt().await {
            Err(_) if !ours => attempt().await,
            done => done,
        }
    }

    async fn attempt() -> Result<WebAssembly::Instance, String> {
        let promise = instance();
        let loaded = JsFuture::from(promise.clone()).await.unwrap_or_else(|e| e);
        loaded.dyn_into::<WebAssembly::Instance>().map_err(|error| {
            forget(&promise);
            js_message(&error)
        })
    }

    /// Runs `entry` on `input` in the module and converts its article JSON.
    pub(super) async fn call(entry: Entry, input: &[u8]) -> Result<Article, Failure> {
        let instance = ready()
            .await
            .map_err(|message| Failure::new(ErrorCode::NoParser, message))?;
        let json = match run(&instance, entry, input) {
            Ok(Some(json)) => json,
            Ok(None) => {
                return Err(Failure::new(
                    ErrorCode::Internal,
                    "the parser could not write its answer",
                ))
            }
            Err(thrown) => {
                // A trap leaves the module's memory as it was mid-call: start afresh next time.
                INSTANCE.with(|cell| cell.borrow_mut().take());
                return Err(super::super::api::internal(&thrown));
            }
        };
        // Behind the same guard as the rest of building: the answer of a long article is
        // tens of megabytes to read.
        super::super::api::guarded(move || {
            let value = parse_json(&json).map_err(|e| super::super::api::internal(&e))?;
            let mut article = article_from_js(&value).map_err(|e| {
                Failure::new(
                    ErrorCode::Internal,
                    format!("the parser's answer is not an article: {e}"),
                )
            })?;
            // Its ids are the parser's own; only the expert counts, which the reader leaves
            // out, are counted again (normalising twice could rename a long id's suffix).
            article.recount_experts();
            Ok(article)
        })
    }

    /// Writes `input` into the module, calls `entry` and copies its answer out (`None`: the
    /// module wrote no answer, which only a failed serialisation leaves). `Err` is what a trap threw.
    fn run(
        instance: &WebAssembly::Instance,
        entry: Entry,
        bytes: &[u8],
    ) -> Result<Option<JsValue>, JsValue> {
        let exports = instance.exports();
        let export =
            |name: &str| -> Result<JsValue, JsValue> { Reflect::get(&exports, &name.into()) };
        let function =
            |name: &str| -> Result<Function, JsValue> { Ok(export(name)?.unchecked_into()) };
        let memory: WebAssembly::Memory = export("memory")?.unchecked_into();
        // A wasm32 pointer arrives as a signed 32-bit number.
        let address = |v: JsValue| v.as_f64().unwrap_or_default() as i32 as u32;
        let len = JsValue::from(bytes.len() as u32);
        let ptr = address(function("qar_alloc")?.call1(&JsValue::NULL, &len)?);
        // Views are taken after each call: the module's memory may have grown (and moved).
        Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), ptr, bytes.len() as u32)
            .copy_from(bytes);
        let name = match entry {
            Entry::Parse => "qar_parse",
            Entry::Attribute => "qar_attribute",
        };
        let out_len = address(function(name)?.call2(&JsValue::NULL, &ptr.into(), &len)?);
        if out_len == 0 {
            return Ok(None);
        }
        let out_ptr = address(function("qar_out_ptr")?.call0(&JsValue::NULL)?);
        let out = Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), out_ptr, out_len);
        // Decoded in JavaScript straight from the module's memory: the article JSON of a long
        // article is tens of megabytes, which a copy into this module (and back out as a
        // string for `JSON.parse`) would hold twice more.
        Ok(Some(Utf8Decoder::new().decode(&out).into()))
    }

    /// `JSON.parse` of a JavaScript string (js-sys's takes a Rust one).
    fn parse_json(text: &JsValue) -> Result<JsValue, JsValue> {
        let json = Reflect::get(&js_sys::global(), &"JSON".into())?;
        let parse: Function = Reflect::get(&json, &"parse".into())?.unchecked_into();
        parse.call1(&json, text)
    }
}
