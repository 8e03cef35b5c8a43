#!/usr/bin/env bash
# Fetches RE2's Debian source package into build/re2-src/ and regenerates the
# three tables Debian strips from it, for the WebAssembly build
# (cmake/re2-wasm.cmake compiles it). Nothing of it is committed.
#
# Idempotent: once build/re2-src/re2/.newsann-ready exists it does nothing.
# Needs a deb-src entry (scripts/setup.sh adds one), dpkg-dev, perl,
# unicode-data and Debian's python3 with python3-six (RE2's generators
# import six).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/re2-src
ready="$dest/re2/.newsann-ready"
[ -f "$ready" ] && exit 0

rm -rf "$dest"
mkdir -p "$dest/download"
echo "re2-wasm-source: apt-get source re2 -> $dest"
# --download-only then dpkg-source: no build dependencies needed, and the
# unpacked tree has Debian's patches applied (Unicode data from
# /usr/share/unicode instead of the network).
(cd "$dest/download" && apt-get source -qq --download-only re2 > /dev/null 2>&1) || {
  echo "re2-wasm-source: apt-get source re2 failed (is there a deb-src entry? run scripts/setup.sh)" >&2
  exit 1
}
dsc=$(ls "$dest"/download/re2_*.dsc | head -n 1)
dpkg-source --no-check -x "$dsc" "$dest/re2" > /dev/null

# The generated tables, as upstream's Makefile makes them. Debian's own
# python3 (which has python3-six), whatever python3 comes first on PATH.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
(
  cd "$dest/re2"
  perl re2/make_perl_groups.pl > re2/perl_groups.cc
  "$py" re2/make_unicode_casefold.py > re2/unicode_casefold.cc
  "$py" re2/make_unicode_groups.py > re2/unicode_groups.cc
)
for f in perl_groups unicode_casefold unicode_groups; do
  [ -s "$dest/re2/re2/$f.cc" ] || { echo "re2-wasm-source: generating $f.cc failed" >&2; exit 1; }
done
touch "$ready"
