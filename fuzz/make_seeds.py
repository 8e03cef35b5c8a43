#!/usr/bin/env python3
"""Builds the fuzz targets' seed corpora from the evaluation texts.

  make_seeds.py --eval ../shared/eval --out build/asan/fuzz-seeds [--per-folder N]
                [--paragraphs N] [--phrases N] [--variants N] [--max-bytes N]

Writes OUT/<target>/ for annotate, blocks, batch, utf and text. Seeds are
derived at run time from ../shared/eval/*/*.txt and are never committed
(those texts are evaluation data): whole articles (cut to --max-bytes),
single paragraphs, pairs of paragraphs, the recognizer test phrases, and a
few variants that exercise the input layer (CRLF line ends, invalid UTF-8,
astral characters, NUL bytes). The batch target gets JSONL lines built from
the same texts plus malformed lines. Idempotent; prints the seed counts.
"""
import argparse
import glob
import hashlib
import json
import os
import random


def paragraphs(text):
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]


class Corpus:
    def __init__(self, path, max_bytes):
        self.path = path
        self.max_bytes = max_bytes
        self.seen = set()
        os.makedirs(path, exist_ok=True)

    def add(self, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        data = data[: self.max_bytes]
        h = hashlib.sha1(data).hexdigest()
        if h in self.seen:
            return
        self.seen.add(h)
        with open(os.path.join(self.path, h), "wb") as f:
            f.write(data)

    def __len__(self):
        return len(self.seen)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", required=True, help="../shared/eval")
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-bytes", type=int, default=8192, help="cut seeds to this size")
    ap.add_argument("--per-folder", type=int, default=40, help="articles taken from each eval folder")
    ap.add_argument("--paragraphs", type=int, default=0, help="paragraphs taken per article (0: all)")
    ap.add_argument("--phrases", type=int, default=0, help="recognizer phrases per file (0: all)")
    ap.add_argument("--variants", type=int, default=40, help="paragraphs varied for the input layer")
    args = ap.parse_args()

    rng = random.Random(20211120)  # the same seeds on every machine
    docs = []  # (name, text)
    for folder in sorted(glob.glob(os.path.join(args.eval, "*", ""))):
        files = sorted(glob.glob(os.path.join(folder, "*.txt")))
        if len(files) > args.per_folder:
            files = sorted(rng.sample(files, args.per_folder))
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as f:
                docs.append((os.path.basename(path)[:-4], f.read()))
    if not docs:
        raise SystemExit(f"make_seeds: no texts under {args.eval}")

    out = {t: Corpus(os.path.join(args.out, t), args.max_bytes)
           for t in ("annotate", "blocks", "batch", "utf", "text")}
    all_paras = []
    for name, text in docs:
        paras = paragraphs(text)
        if args.paragraphs:
            paras = paras[: args.paragraphs]
        all_paras.extend(paras)
        for t in ("annotate", "blocks", "text"):
            out[t].add(text)
        for i, p in enumerate(paras):
            out["annotate"].add(p)
            out["text"].add(p)
            if i + 1 < len(paras):
                out["annotate"].add(p + "\n\n" + paras[i + 1])
                out["blocks"].add(p + "\n" + paras[i + 1])
        out["batch"].add(json.dumps({"id": name, "text": text[: args.max_bytes - 200], "date": "2021-11-20"},
                                    ensure_ascii=False))
        out["batch"].add("\n".join(json.dumps({"id": i, "text": p}, ensure_ascii=False) for i, p in enumerate(paras[:3])))

    # Variants for the input layer: line ends, invalid bytes, astral
    # characters, NUL, a byte-order mark.
    sample = rng.sample(all_paras, min(args.variants, len(all_paras)))
    for p in sample:
        b = p.encode("utf-8")
        for v in (p.replace("\n", "\r\n").encode("utf-8"), b"\xef\xbb\xbf" + b, b.replace(b" ", b"\xff ", 2),
                  b.replace(b" ", b"\xe2\x80 ", 1), b.replace(b"e", b"\xf0\x9f\x98\x80", 3),
                  b.replace(b" ", b"\x00", 2), b.replace(b"a", b"\xc3\xa0", 4)):
            out["annotate"].add(v)
            out["utf"].add(v)
            out["blocks"].add(v.replace(b". ", b".\n"))
        out["text"].add(p.replace(". ", ".\n\n"))
    for seq in (b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80",
                b"\xe2\x82", b"\xf0\x9f\x98", b"\x80\xbf", b"\xfe\xff", "é€😀".encode("utf-8")):
        out["utf"].add(b"ab" + seq + b"cd" + seq)
        out["annotate"].add(b"Smith said " + seq + b" it was 5%.")

    # Recognizer phrases (figures): one seed per blank-line separated item,
    # and items joined into sentences.
    for path in sorted(glob.glob(os.path.join(args.eval, "recognizers-en", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            items = paragraphs(f.read())
        if args.phrases and len(items) > args.phrases:
            items = rng.sample(items, args.phrases)
        for i, item in enumerate(items):
            out["annotate"].add(item)
            if i % 5 == 0:
                out["annotate"].add(f"Officials said on Tuesday that {item} had arrived, according to Reuters.")

    # Batch lines: good lines with options, and lines that must be errors.
    batch_lines = [
        '{"id": 1, "text": "\\u201cNo,\\u201d Smith said on November 18. \\ud83d\\ude00", "date": "2021-11-20"}',
        '{"text": "Poland said 50 migrants crossed.", "date": ""}',
        '{"id": {"a": [1, 2, {"b": null}]}, "text": "Mr Obama said it was \\"distressing\\"."}',
        '{"id": "x", "text": "", "date": "2021-02-29"}',
        '{"id": "x", "text": 5}',
        '{"id": "x", "date": "2021-11-20"}',
        '{"id": "x", "text": "a", "date": 20211120}',
        '["text", "not an object"]',
        '{"text": "unterminated',
        '',
        '   ',
        'null',
        '{"text": "a\\u0000b said \\"c\\"", "id": -1.5e300}',
        '{"text": "x", "text": "duplicate key said Smith"}',
    ]
    for line in batch_lines:
        out["batch"].add(line)
    out["batch"].add("\n".join(batch_lines))

    for t, c in out.items():
        print(f"make_seeds: {t}: {len(c)} seeds")


if __name__ == "__main__":
    main()
