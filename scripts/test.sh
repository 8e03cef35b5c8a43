#!/usr/bin/env bash
# npm test: installs what is missing, builds everything, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "== GoogleTest (native)"
ctest --test-dir build/native --output-on-failure
echo "== GoogleTest (wasm, under Node)"
ctest --test-dir build/wasm --output-on-failure
echo "== JavaScript API (Node; browser smoke test when Chromium is installed)"
node --test tests/wasm/*.test.mjs
