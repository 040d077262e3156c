#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the parser module (parser/, the core behind a C
# ABI) into the staging dir as qa-reader-parse.wasm, beside the glue that loads it
# (src/edge/parser.rs). Always the release profile: parsing is the reader's heaviest work,
# and the module is small to build. Release builds also get the main wasm's wasm-opt passes.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
staging=${TRUNK_STAGING_DIR:?run by trunk (Trunk.toml hooks)}
cargo build --quiet --release --target wasm32-unknown-unknown -p qa-reader-parse
built=target/wasm32-unknown-unknown/release/qa_reader_parse.wasm
if [ "${TRUNK_PROFILE:-}" = release ]; then
  # The flags index.html gives the main wasm (measured in BENCHMARKS.md), names dropped.
  source scripts/wasm-opt-flags.sh
  # shellcheck disable=SC2086 # the params are a list of flags
  wasm-opt -Oz --strip-debug $wasm_opt_params "$built" -o "$staging/qa-reader-parse.wasm"
else
  cp "$built" "$staging/qa-reader-parse.wasm"
fi
