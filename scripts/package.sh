#!/usr/bin/env bash
# Builds the npm package into pkg/: the release build's glue, wasm and custom element, the
# TypeScript declarations, and a package.json whose version is Cargo.toml's.
# Usage: scripts/package.sh [--no-build]   (--no-build packages the dist/ already built)
# Then: (cd pkg && npm pack) makes qa-reader-<version>.tgz, or `npm publish pkg`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if [ "${1:-}" != "--no-build" ]; then
  trunk build --release
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
license=$(sed -n 's/^license = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
description=$(sed -n 's/^description = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

rm -rf pkg
mkdir pkg
# The files a host needs, from the README's host-files list (the one place that names
# them), and their declarations.
host_files=$(sed -n '/<!-- host-files/,/<!-- \/host-files -->/s/^- `\([^`]*\)`.*/\1/p' README.md)
[ -n "$host_files" ] || { echo "README.md has no host-files list" >&2; exit 1; }
for f in $host_files; do cp "dist/$f" pkg/; done
cp static/qa-reader.d.ts static/qa-reader-element.d.ts pkg/
cp docs/npm-package.md pkg/README.md

cat > pkg/package.json <<JSON
{
  "name": "qa-reader",
  "version": "$version",
  "description": "$description",
  "license": "$license",
  "type": "module",
  "main": "./qa-reader-element.js",
  "types": "./qa-reader-element.d.ts",
  "exports": {
    ".": {
      "types": "./qa-reader-element.d.ts",
      "default": "./qa-reader-element.js"
    },
    "./element": {
      "types": "./qa-reader-element.d.ts",
      "default": "./qa-reader-element.js"
    },
    "./api": {
      "types": "./qa-reader.d.ts",
      "default": "./qa-reader.js"
    },
    "./hydrate": {
      "types": "./qa-reader.d.ts",
      "default": "./qa-reader-hydrate.js"
    },
    "./qa-reader_bg.wasm": "./qa-reader_bg.wasm",
    "./qa-reader-hydrate_bg.wasm": "./qa-reader-hydrate_bg.wasm",
    "./qa-reader-parse.wasm": "./qa-reader-parse.wasm",
    "./qa-reader.css": "./qa-reader.css",
    "./package.json": "./package.json"
  },
  "files": [
    "qa-reader.css",
    "qa-reader.js",
    "qa-reader.d.ts",
    "qa-reader_bg.wasm",
    "qa-reader-hydrate.js",
    "qa-reader-hydrate_bg.wasm",
    "qa-reader-parse.wasm",
    "qa-reader-element.js",
    "qa-reader-element.d.ts",
    "README.md"
  ],
  "sideEffects": [
    "./qa-reader-element.js"
  ],
  "keywords": ["reader", "explainer", "news", "web-component", "wasm"]
}
JSON
echo "pkg/: qa-reader $version ($(ls pkg | tr '\n' ' '))"
