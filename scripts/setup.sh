#!/usr/bin/env bash
# Installs what qa-reader needs on a Debian machine that has rustup/cargo, node/npm and apt.
# Each step checks first and is skipped when the right version is already there.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# A minimal rustup profile lacks rustfmt and clippy, which the test command runs.
installed_components=$(rustup component list --installed)
for component in rustfmt clippy; do
  if grep -q "^$component" <<<"$installed_components"; then
    say "rust component $component: present"
  else
    say "rust component $component: installing"
    rustup component add "$component"
  fi
done

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing (about 5 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing"
  # Its own lock file pins crates this toolchain cannot build, hence no --locked.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core, esbuild, typescript),
# re-installed when package-lock.json changes.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.qa-reader-lock ] && [ "$(cat node_modules/.qa-reader-lock)" = "$lock_sum" ]; then
  say "npm tools: present"
else
  say "npm tools: installing"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.qa-reader-lock
fi

if [ "${1:-}" = "--browser" ]; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium and chromedriver: present"
  else
    say "chromium and chromedriver: installing with apt"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium chromium-driver
  fi
fi
