//! The parser and attribution engine as a wasm module with a C ABI: text or packed paragraphs in, JSON out.
//!
//! The caller (`src/edge/parser.rs` in the main crate) writes its input into this module's
//! memory at a pointer from [`qar_alloc`], calls [`qar_parse`] (text) or [`qar_attribute`]
//! (the paragraphs of article JSON that names no speakers), which return the length of the
//! article JSON, and reads it from [`qar_out_ptr`]. Nothing here reads JSON, and nothing
//! touches JavaScript: the module has no imports, and a panic is a trap the caller reports.
//!
//! In the wasm it is `no_std`: its panic handler traps without reading the panic's message,
//! so the code that would word one (string slicing's, with `char` and range formatting)
//! is left out. Natively (a workspace build, `cargo doc`) it keeps std.

#![cfg_attr(target_arch = "wasm32", no_std)]

extern crate alloc;

#[path = "../../src/core/mod.rs"]
pub mod core;

/// The core's hash maps (the main crate gives it std's, which this module cannot use).
pub(crate) mod maps {
    pub use hashbrown::{HashMap, HashSet};
}

use ::core::cell::RefCell;
use alloc::string::String;
use alloc::vec::Vec;

#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_: &::core::panic::PanicInfo) -> ! {
    ::core::arch::wasm32::unreachable()
}

// As in the main crate (src/lib.rs): sound only without threads, which talc checks.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The last call's output, kept until the next call so the caller can copy it out.
#[cfg(target_arch = "wasm32")]
struct Out(RefCell<Vec<u8>>);

// Sound only without threads: the impl exists only where wasm32 has no atomics, so a
// threaded build fails to compile rather than share the buffer.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for Out {}

#[cfg(target_arch = "wasm32")]
static OUT: Out = Out(RefCell::new(Vec::new()));

#[cfg(target_arch = "wasm32")]
fn with_out<R>(f: impl FnOnce(&RefCell<Vec<u8>>) -> R) -> R {
    f(&OUT.0)
}

#[cfg(not(target_arch = "wasm32"))]
fn with_out<R>(f: impl FnOnce(&RefCell<Vec<u8>>) -> R) -> R {
    std::thread_local! {
        static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    OUT.with(f)
}

/// Room for `len` bytes of input; the next call frees it.
#[no_mangle]
pub extern "C" fn qar_alloc(len: usize) -> *mut u8 {
    let mut buf = ::core::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len));
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
    with_out(|out| {
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
    with_out(|out| out.borrow().as_ptr())
}
