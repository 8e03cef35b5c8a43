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
echo "== Main-content detection vs ../shared/corpus ground truth (gate: median token F1 >= 0.90)"
mkdir -p artifacts
status=0
node scripts/content-eval.mjs --set scrapinghub-aeb,readability-news --min-f1 0.90 > artifacts/content-eval.txt || status=$?
grep 'median' artifacts/content-eval.txt
[ "$status" = 0 ] || { echo "content-eval: a median F1 is below 0.90 (artifacts/content-eval.txt)" >&2; exit 1; }
echo "== Browser tests: page library (web/lib), extension, corpus acceptance (Chromium)"
node --test tests/browser/lib.test.mjs
if [ -f "${NEWSANN_ANNOTATOR:-build/wasm/dist}/newsann.mjs" ]; then
  node --test tests/browser/extension.test.mjs tests/browser/corpus.test.mjs
  node --test tests/browser/hostile.test.mjs
else
  echo "browser tests: no WebAssembly build in build/wasm/dist: extension tests not run" >&2
  exit 1
fi
echo "== Widget and offline site (Chromium): strict-CSP host page; http and file://; paste, open, drop, export; hostile file; offline"
node --test tests/site/widget.test.mjs tests/site/site.test.mjs tests/site/hostile.test.mjs
bash scripts/sanitize.sh  # ASan + UBSan build, test suite, short fuzz runs (issue 6)
