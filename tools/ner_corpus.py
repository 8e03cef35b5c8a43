#!/usr/bin/env python3
"""Builds the name tagger's training data from shippable corpora (CC BY):

  GUM news   shared/corpus/gum-news (Wikinews texts CC BY 2.5, GUM annotations CC BY 4.0;
             Zeldes 2017): named mentions of type person/organization/place, other named
             mentions (events, works...) and capitalised adjectives as MISC.
  wikigold   shared/corpus/wikigold (CC BY 4.0; Balasuriya et al. 2009): PER/ORG/LOC/MISC.

Never CoNLL-2003 or PolNeAR (evaluation only).

Output (stdout): one JSON object per line, {"text": ..., "spans": [[byte_start, byte_end, TAG]]},
TAG in PER ORG LOC MISC. GUM keeps its spacing and paragraphs; wikigold is written one sentence
per line with space-separated tokens (as CoNLL-style evaluation text is).

Usage: python3 tools/ner_corpus.py SHARED_CORPUS_DIR > train.jsonl
"""
import glob
import json
import os
import sys

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
INNER = {"ADP", "DET", "CCONJ", "PART"}


def load_titles():
    path = os.path.join(os.path.dirname(__file__), "..", "core", "lexicons", "person_titles.txt")
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def gum_docs(path, titles):
    for fn in sorted(glob.glob(os.path.join(path, "dep", "*.conllu"))):
        toks = []  # (form, upos, xpos, space_after, newpar_before, sent_start, innermost (type) or None)
        stack = []  # open mentions: [eid, type]
        newpar = False
        with open(fn, encoding="utf-8") as f:
            sent_start = True
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# newpar"):
                    newpar = True
                    continue
                if line.startswith("#"):
                    continue
                if not line:
                    sent_start = True
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                misc = cols[9]
                fields = dict(kv.split("=", 1) for kv in misc.split("|") if "=" in kv)
                ent = fields.get("Entity", "")
                # Openings before this token take effect on it; closings after it.
                i = 0
                closes = []
                while i < len(ent):
                    if ent[i] == "(":
                        j = i + 1
                        while j < len(ent) and ent[j] not in "()":
                            j += 1
                        spec = ent[i + 1:j]
                        parts = spec.split("-")
                        etype = parts[1] if len(parts) > 1 else ""
                        single = j < len(ent) and ent[j] == ")"
                        stack.append([parts[0], etype])
                        if single:
                            closes.append(parts[0])
                            j += 1
                        i = j
                    else:
                        j = i
                        while j < len(ent) and ent[j] != "(" and ent[j] != ")":
                            j += 1
                        if j < len(ent) and ent[j] == ")":
                            closes.append(ent[i:j])
                            j += 1
                        i = j
                innermost = stack[-1][1] if stack else None
                toks.append(dict(form=cols[1], upos=cols[3], xpos=cols[4],
                                 space=fields.get("SpaceAfter") != "No", newpar=newpar,
                                 sent_start=sent_start, etype=innermost))
                newpar = False
                sent_start = False
                for c in closes:
                    for k in range(len(stack) - 1, -1, -1):
                        if stack[k][0] == c:
                            del stack[k]
                            break
        yield gum_to_doc(toks, titles)


def gum_to_doc(toks, titles):
    # Tag each token, then write the text.
    tags = ["O"] * len(toks)
    for i, t in enumerate(toks):
        if t["xpos"] in ("NNP", "NNPS") and t["etype"] not in (None, "time"):
            tags[i] = TYPES.get(t["etype"], "MISC")
            # Plural proper nouns for people ("Muslims", "Afghans") are MISC, as in CoNLL.
            if tags[i] == "PER" and t["xpos"] == "NNPS":
                tags[i] = "MISC"
        elif t["upos"] == "ADJ" and t["form"][:1].isupper() and not t["sent_start"]:
            tags[i] = "MISC"
    # Inner function words between two tokens of the same name join it ("Department of State").
    for i in range(1, len(toks) - 1):
        if tags[i] == "O" and toks[i]["upos"] in INNER and tags[i - 1] != "O" and tags[i - 1] == tags[i + 1] \
                and toks[i - 1]["etype"] == toks[i + 1]["etype"]:
            tags[i] = tags[i - 1]
    # Titles are not part of a person's name.
    for i in range(len(toks)):
        if tags[i] == "PER" and toks[i]["form"].lower().rstrip(".") in titles:
            tags[i] = "O"
    text, spans, pos = [], [], 0
    cur = None
    for i, t in enumerate(toks):
        if i > 0:
            if t["newpar"]:
                sep = "\n\n"
            elif toks[i - 1]["space"]:
                sep = " "
            else:
                sep = ""
            text.append(sep)
            pos += len(sep.encode())
        b = pos
        text.append(t["form"])
        pos += len(t["form"].encode())
        tag = tags[i]
        if tag != "O" and cur and cur[2] == tag and not t["newpar"]:
            cur[1] = pos
        else:
            if cur:
                spans.append(cur)
            cur = [b, pos, tag] if tag != "O" else None
    if cur:
        spans.append(cur)
    return {"text": "".join(text), "spans": spans}


def wikigold_docs(path):
    doc, sent = [], []
    with open(os.path.join(path, "wikigold.conll.txt"), encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if cols and cols[0] == "-DOCSTART-":
                if sent:
                    doc.append(sent)
                if doc:
                    yield conll_to_doc(doc)
                doc, sent = [], []
            elif not cols:
                if sent:
                    doc.append(sent)
                sent = []
            else:
                sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield conll_to_doc(doc)


def conll_to_doc(doc):
    parts, spans, pos = [], [], 0
    for si, sent in enumerate(doc):
        if si:
            parts.append("\n")
            pos += 1
        cur = None
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                parts.append(" ")
                pos += 1
            b = pos
            parts.append(tok)
            pos += len(tok.encode())
            typ = tag[2:] if tag != "O" else None
            if typ and cur and cur[2] == typ and not tag.startswith("B-"):
                cur[1] = pos
            else:
                if cur:
                    spans.append(cur)
                cur = [b, pos, typ] if typ else None
        if cur:
            spans.append(cur)
    return {"text": "".join(parts), "spans": spans}


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus")
    titles = load_titles()
    out = sys.stdout
    n = 0
    for d in gum_docs(os.path.join(corpus, "gum-news"), titles):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    for d in wikigold_docs(os.path.join(corpus, "wikigold")):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    print(f"{n} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
