//! The parser and attribution engine as a wasm module with a C ABI: text or packed paragraphs in, JSON out.
//!
//! The caller (`src/edge/parser.rs` in the main crate) writes its input into this module's
//! memory at a pointer from [`qar_alloc`], calls [`qar_parse`] (text) or [`qar_attribute`]
//! (the paragraphs of article JSON that names no speakers), which return the length of the
//! article JSON, and reads it from [`qar_out_ptr`]. Nothing here reads JSON, and nothing
//! touches JavaScript: the module has no imports, and a panic is a trap the caller reports.

#[path = "../../src/core/mod.rs"]
pub mod core;

use std::cell::RefCell;

// As in the main crate (src/lib.rs): sound only without threads, which talc checks.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    /// The last call's output, kept until the next call so the caller can copy it out.
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Room for `len` bytes of input; the next call frees it.
#[no_mangle]
pub extern "C" fn qar_alloc(len: usize) -> *mut u8 {
    let mut buf = std::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len));
    buf.as_mut_ptr()
}

/// Takes back the input buffer `qar_alloc` gave out.
///
/// # Safety
/// `ptr` and `len` are what `qar_alloc(len)` returned and was called with, filled with
/// `len` bytes of UTF-8.
unsafe fn take_input(ptr: *mut u8, len: usize) -> String {
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    // Callers write a JavaScript string's UTF-8 encoding; anything else is replaced, not trusted.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn answer(article: &core::Article) -> usize {
    let json = serde_json::to_vec(article).unwrap_or_default();
    OUT.with(|out| {
        *out.borrow_mut() = json;
        out.borrow().len()
    })
}

/// Parses the plain text at `ptr` (`len` bytes, from [`qar_alloc`]) as `core::parse` does;
/// returns the length of the article JSON now at [`qar_out_ptr`].
///
/// # Safety
/// `ptr` and `len` come from one `qar_alloc(len)` call, filled with `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn qar_parse(ptr: *mut u8, len: usize) -> usize {
    let text = unsafe { take_input(ptr, len) };
    answer(&core::parse_article(&text))
}

/// Attributes the paragraphs at `ptr` (`len` bytes from [`qar_alloc`], as
/// `core::pack_paragraphs` writes them): returns the length of the article JSON now at
/// [`qar_out_ptr`], that of one section holding those paragraphs, attributed, which the
/// caller copies into its own article (`core::take_attribution`).
///
/// # Safety
/// As for [`qar_parse`].
#[no_mangle]
pub unsafe extern "C" fn qar_attribute(ptr: *mut u8, len: usize) -> usize {
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    let mut article = core::unpack_paragraphs(&bytes);
    core::attribution::attribute(&mut article);
    answer(&article)
}

/// Where the last call's article JSON starts.
#[no_mangle]
pub extern "C" fn qar_out_ptr() -> *const u8 {
    OUT.with(|out| out.borrow().as_ptr())
}
