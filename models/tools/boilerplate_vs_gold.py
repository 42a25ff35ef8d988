#!/usr/bin/env python3
"""Checks that boilerplate patterns hit no annotated attribution text in PolNeAR train.

usage: python3 models/tools/boilerplate_vs_gold.py [TRAIN_DIR] [--patterns FILE]

For every non-blank line of every train text that a pattern of boilerplate.txt matches
(Python re; the patterns use only syntax that Java and Python read alike), lists the
annotated spans overlapping the line. Furniture should overlap only 'Discard' spans
(PolNeAR's mark for text that carries no attribution). BoilerplateCheck.java is the
authoritative check with Java's regex engine.
"""
import argparse
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # keep models/ (packaged on the classpath) free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="?", default=polnear.DEFAULT_TRAIN)
    ap.add_argument("--patterns", default=os.path.join(polnear.REPO_ROOT, "models", "lexicon", "boilerplate.txt"))
    args = ap.parse_args()
    train = polnear.train_dir([None, args.train])
    with open(args.patterns, encoding="utf-8") as f:
        pats = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    compiled = [re.compile(p) for p in pats]
    lines_hit, kinds, bad = 0, Counter(), 0
    for name, text, spans, attrs in polnear.docs(train):
        pos = 0
        for line in text.split("\n"):
            b, e = pos, pos + len(line)
            pos = e + 1
            s = line.strip()
            if not s or not any(p.search(s) for p in compiled):
                continue
            lines_hit += 1
            for sp in spans.values():
                if any(bb < e and ee > b for bb, ee in sp.ranges):
                    kinds[sp.kind] += 1
                    if sp.kind != "Discard":
                        bad += 1
                        print("ANNOTATED %s in %s: %s" % (sp.kind, name, s[:100]))
    print("%d lines hit; overlapping annotated spans by kind: %s" % (lines_hit, dict(kinds)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
