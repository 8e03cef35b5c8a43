#!/usr/bin/env bash
# Installs what the project needs on Debian 12, only what is missing.
# Idempotent: when everything is present it only checks, in about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: compilers and libraries (native and wasm), the browser for
# the browser tests, and python3 for ../shared/eval/score.py. RE2 for wasm is
# built from its Debian source package: dpkg-dev unpacks it; perl,
# python3-six and unicode-data regenerate its tables.
PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev pkg-config libre2-dev nlohmann-json3-dev
          googletest libgtest-dev emscripten unicode-data perl python3 python3-six chromium dpkg-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# RE2 for WebAssembly is built from Debian's source package: that needs a
# deb-src entry.
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    echo "setup: adding deb-src entries (for RE2's source package)"
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      as_root tee /etc/apt/sources.list.d/debian-src.sources > /dev/null
    need_update=1
  fi
fi

if [ ${#missing[@]} -gt 0 ] || [ -n "${need_update:-}" ]; then
  echo "setup: installing ${missing[*]:-(source index)}"
  as_root apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
  fi
fi

# RE2's source package for the wasm build, into build/re2-src (once).
bash scripts/re2-wasm-source.sh

command -v node > /dev/null || { echo "setup: node (>= 18) is required" >&2; exit 1; }

# npm dependencies (dev tools for the browser tests and benchmarks).
if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ] ||
   { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "setup: npm install"
  npm install --no-audit --no-fund --loglevel=error
fi
