//! Fuzz target: any UTF-8 input parses without panicking and loses no line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (article, _) = qa_reader::core::parse(text);
        if let Err(e) = qa_reader::core::verify_accounting(text, &article) {
            panic!("invariant broken: {e}");
        }
    }
});
