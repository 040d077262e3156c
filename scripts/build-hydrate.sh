#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the main wasm a second time with Yew's
# hydration (`--features hydration`) into the staging dir as qa-reader-hydrate.js and
# qa-reader-hydrate_bg.wasm. The element loads this build only on pages with prerendered
# readers, which it takes over node for node; every other page loads trunk's build, which is
# 19 KB gzip lighter without hydration (BENCHMARKS.md). Release builds get the wasm-opt call
# trunk makes for the main wasm (index.html's level and params) and a minified glue
# (scripts/minify.mjs). Dev builds (scripts/serve.sh) build it too, so that the README's
# static-site flow finds it in dist/ either way.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
staging=${TRUNK_STAGING_DIR:?run by trunk (Trunk.toml hooks)}
# Profiles of their own (Cargo.toml), so that trunk's qa-reader.wasm is never overwritten.
if [ "${TRUNK_PROFILE:-}" = release ]; then profile=hydrate; else profile=dev-hydrate; fi
# Not --offline: bincode, which only hydration uses, may not be downloaded yet.
cargo build --quiet --profile "$profile" --target wasm32-unknown-unknown --bin qa-reader \
  --features hydration
wasm-bindgen --target=web --out-dir="$staging" --out-name=qa-reader-hydrate --no-typescript \
  "target/wasm32-unknown-unknown/$profile/qa-reader.wasm"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  source scripts/wasm-opt-flags.sh
  wasm="$staging/qa-reader-hydrate_bg.wasm"
  # shellcheck disable=SC2086 # the params are a list of flags
  wasm-opt --output="$wasm" "-O$wasm_opt_level" "$wasm" $wasm_opt_params
  node scripts/minify.mjs qa-reader-hydrate.js
fi
