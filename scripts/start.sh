#!/usr/bin/env bash
# npm start: installs what is missing, builds, annotates the example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh native > /dev/null
build/native/annotate --format text --date 2021-11-20 examples/belarus-border.txt
