#!/usr/bin/env bash
# Builds everything: the native library, CLI, tests and benchmarks.
# Usage: scripts/build.sh [native]   (default: all targets that exist)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
  cmake --build build/native -j "$jobs"
}

case "${1:-all}" in
  native) build_native ;;
  all) build_native ;;
  *) echo "build.sh: unknown target $1" >&2; exit 2 ;;
esac
