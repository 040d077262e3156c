#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, lints, docs, native tests,
# browser tests (wasm-bindgen-test in headless Chromium), the release build and the
# end-to-end tests (Playwright driving Chromium against the built dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native and wasm)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --features fault-injection,linked-parser,hydration -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p qa-reader-parse -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p qa-reader-parse --target wasm32-unknown-unknown

step "cargo doc (links and docs resolve)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

step "native tests"
cargo test

step "browser tests (wasm-bindgen-test, headless Chromium)"
# fault-injection: a test-only path that makes one reader panic (never in release builds);
# linked-parser: the parser in the test's own module (the runner serves no other file).
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --target wasm32-unknown-unknown --test web --features fault-injection,linked-parser

step "release build (trunk build --release)"
trunk build --release

step "end-to-end tests (Playwright, headless Chromium)"
node --test e2e/
