#!/usr/bin/env bash
# Builds everything: the native library, CLI, tests and benchmarks
# (build/native), and the WebAssembly module with its JavaScript API and the
# GoogleTest suite compiled to wasm (build/wasm; distributions in
# build/wasm/dist).
# Usage: scripts/build.sh [native|wasm|all]   (default: all)
# Incremental: a rebuild with nothing changed takes about a second; RE2's
# wasm objects stay cached in build/wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
  cmake --build build/native -j "$jobs"
}

build_wasm() {
  # emcc's JS optimizer needs acorn, which Debian installs under /usr/share/nodejs.
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  bash scripts/re2-wasm-source.sh
  if [ ! -f build/wasm/build.ninja ]; then
    # emcmake's default emulator passes a flag Node 20 refuses; ctest runs
    # the wasm tests with this one.
    emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" > /dev/null
  fi
  cmake --build build/wasm -j "$jobs"
}

case "${1:-all}" in
  native) build_native ;;
  wasm) build_wasm ;;
  all) build_native; build_wasm ;;
  *) echo "build.sh: unknown target $1" >&2; exit 2 ;;
esac
