#!/usr/bin/env bash
# npm test: installs what is missing, builds everything, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "== GoogleTest (native)"
ctest --test-dir build/native --output-on-failure
echo "== Browser tests: page library (web/lib), extension, corpus acceptance (Chromium)"
node --test tests/browser/lib.test.mjs
if [ -f "${NEWSANN_ANNOTATOR:-build/wasm/dist}/newsann.mjs" ]; then
  node --test tests/browser/extension.test.mjs tests/browser/corpus.test.mjs
else
  echo "browser tests: no WebAssembly build in build/wasm/dist: extension tests not run" >&2
  exit 1
fi
