#!/usr/bin/env bash
# Installs what is missing, then serves the reader at http://127.0.0.1:8080 (trunk serve).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "Serving the reader at http://127.0.0.1:8080 (Ctrl-C stops it)"
exec trunk serve "$@"
