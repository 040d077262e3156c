#!/usr/bin/env bash
# Where the release wasm's bytes go, by crate and by function family (twiggy), as markdown.
# Builds the release wasm as trunk does, runs wasm-bindgen on it (the name section stays),
# then the wasm-opt passes index.html asks for, once as shipped and once with `-g` (names
# kept, same code), and hands the files to bench/size-breakdown.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy $TWIGGY_VERSION" ]; then
  echo "==> twiggy $TWIGGY_VERSION: installing" >&2
  cargo install --locked twiggy --version "$TWIGGY_VERSION" >&2
fi

cargo build -q --release --target wasm32-unknown-unknown --bin qa-reader
out=target/size-breakdown
mkdir -p "$out"
wasm-bindgen --target=web --out-dir="$out" --out-name=qa-reader --no-typescript \
  target/wasm32-unknown-unknown/release/qa-reader.wasm
# The same passes as trunk runs (index.html's rust link: data-wasm-opt and its params).
source scripts/wasm-opt-flags.sh
level=$wasm_opt_level
params=$wasm_opt_params
# shellcheck disable=SC2086 # the params are a list of flags
wasm-opt --output="$out/shipped.wasm" "-O$level" "$out/qa-reader_bg.wasm" --enable-reference-types $params
# shellcheck disable=SC2086
wasm-opt --output="$out/shipped-names.wasm" "-O$level" -g "$out/qa-reader_bg.wasm" --enable-reference-types $params
# For the total before wasm-opt: the same module with only its name section dropped.
wasm-opt --output="$out/unoptimised.wasm" "$out/qa-reader_bg.wasm" --enable-reference-types --strip-debug
node bench/size-breakdown.mjs "$out/qa-reader_bg.wasm" "$out/shipped-names.wasm" \
  "$out/shipped.wasm" "-O$level $params" "$out/unoptimised.wasm"
