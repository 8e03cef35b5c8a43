#!/usr/bin/env python3
"""Quality gate: scores the annotator on the gold sets in ../shared/eval and
fails when a measure falls under its floor (issue 2's acceptance floors).

  gate.py --annotate build/native/annotate [--shared ../shared]

Prints every measure with its floor, so a regression shows as a number.
"""
import argparse
import json
import os
import subprocess
import sys

# (gold folder, measure, statistic, floor)
FLOORS = [
    ("dev", "actors", "f1", 0.80),
    ("dev", "groups", "f1", 0.55),
    ("dev", "figures", "f1", 0.85),
    ("dev", "claims", "f1", 0.75),
    ("dev", "attributed", "f1", 0.65),
    ("polnear-dev", "claims", "f1", 0.55),
    ("conll-dev", "actors", "f1", 0.70),
    ("recognizers-en", "figures", "r", 0.80),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotate", required=True)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    args = ap.parse_args()
    score = os.path.join(args.shared, "eval", "score.py")
    if not os.path.exists(score):
        print(f"quality gate: {score} not found (../shared must sit beside the repository)", file=sys.stderr)
        return 1
    results, failed = {}, []
    for gold in sorted({g for g, *_ in FLOORS}):
        r = subprocess.run([sys.executable, score, "--gold", os.path.join(args.shared, "eval", gold),
                            "--cmd", os.path.abspath(args.annotate) + " {}", "--json"],
                           capture_output=True, text=True)
        try:
            out = json.loads(r.stdout)
        except json.JSONDecodeError:
            print(f"quality gate: score.py failed on {gold}:\n{r.stderr[-2000:]}", file=sys.stderr)
            return 1
        if out.get("failures"):
            failed.append(f"{gold}: {out['failures']} documents failed to annotate")
        results[gold] = out["total"]
    print(f"{'gold':16s} {'measure':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   floor")
    for gold, measure, stat, floor in FLOORS:
        m = results[gold][measure]
        ok = m[stat] >= floor
        print(f"{gold:16s} {measure:12s} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}   "
              f"{stat} >= {floor:.2f} {'ok' if ok else 'FAIL'}")
        if not ok:
            failed.append(f"{gold} {measure} {stat} {m[stat]:.3f} < {floor}")
    if failed:
        print("quality gate FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
