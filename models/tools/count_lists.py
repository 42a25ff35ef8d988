#!/usr/bin/env python3
"""Counts how often each entry of a word list occurs in PolNeAR train text (never dev).

usage: python3 models/tools/count_lists.py FILE [TRAIN_DIR] [--spans Source|Cue|Content]

Prints count<TAB>entry: whole-word, case-insensitive occurrences in all train texts,
or (with --spans KIND) the number of annotated spans of that kind containing the entry.
Used for the frequencies reported in models/README.md; it does not choose entries.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # keep models/ (packaged on the classpath) free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("train", nargs="?", default=polnear.DEFAULT_TRAIN)
    ap.add_argument("--spans")
    args = ap.parse_args()
    train = polnear.train_dir([None, args.train])
    texts = []
    for name, text, spans, attrs in polnear.docs(train):
        if args.spans:
            texts.extend(s.text for s in spans.values() if s.kind == args.spans)
        else:
            texts.append(text)
    texts = [t.replace("\u2019", "'") for t in texts]
    with open(args.file, encoding="utf-8") as f:
        entries = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    for e in entries:
        pat = re.compile(r"(?<![\w.])" + re.escape(e).replace(r"\ ", r"\s+") + r"(?![\w])", re.I)
        if args.spans:
            n = sum(1 for t in texts if pat.search(t))
        else:
            n = sum(len(pat.findall(t)) for t in texts)
        print("%d\t%s" % (n, e))


if __name__ == "__main__":
    main()
