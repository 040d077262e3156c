//! Entry point: mounts the reader in the browser, or runs the command-line tool natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    qa_reader::edge::start_page();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    qa_reader::cli::main(std::env::args_os().skip(1).collect())
}
