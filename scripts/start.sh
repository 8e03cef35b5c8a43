#!/usr/bin/env bash
# npm start: installs what is missing (Debian 12), builds the native CLI, the
# WebAssembly module, the browser extension, the widget package and the
# offline site, then serves the site on 127.0.0.1 and prints its URL and the
# extension to load. Runs until Ctrl-C. PORT=NNNN picks the port (default
# 8080, or the next free one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "start: building the core, native and WebAssembly (incremental; the first build takes several minutes)"
bash scripts/build.sh native > /dev/null
bash scripts/build.sh wasm > /dev/null
node web/extension/build.mjs
node web/widget/build.mjs
node web/site/build.mjs
NEWSANN_EXTENSION_DIR="$PWD/build/extension" exec node web/site/serve.mjs --dir build/site --port "${PORT:-8080}"
