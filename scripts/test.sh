#!/usr/bin/env bash
# npm test: installs what is missing, builds everything, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "== GoogleTest (native)"
ctest --test-dir build/native --output-on-failure
bash scripts/sanitize.sh  # ASan + UBSan build, test suite, short fuzz runs (issue 6)
