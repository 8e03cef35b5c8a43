#!/bin/sh
# Retrains the name tagger: builds the training data from the shippable corpora
# (GUM news, wikigold; see tools/ner_corpus.py), compiles tools/train_ner.cc
# against the native library, and rewrites core/lexicons/ner_model.txt.
# Run from the repository root after a native build (build/native).
set -e
CORPUS=${CORPUS:-../shared/corpus}
BUILD=${BUILD:-build/native}
mkdir -p "$BUILD/tools"
python3 tools/ner_corpus.py "$CORPUS" > "$BUILD/tools/ner_train.jsonl"
g++ -std=c++20 -O2 -Icore/src -Icore/include -I"$BUILD/json-include" tools/train_ner.cc \
  "$BUILD/core/libnewsann.a" $(pkg-config --libs re2) -o "$BUILD/tools/train_ner"
"$BUILD/tools/train_ner" "$@" "$BUILD/tools/ner_train.jsonl" > core/lexicons/ner_model.txt.new
mv core/lexicons/ner_model.txt.new core/lexicons/ner_model.txt
