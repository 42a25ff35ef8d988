"""Shared reader for PolNeAR brat standoff (train split only).

Used by the mining scripts in this folder. Reads; never writes.
Default corpus path: PolNeAR's train split in the evaluation data folder
(../shared/eval/polnear/train beside the repository).
"""
import os
import re
import sys
from collections import namedtuple

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_TRAIN = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "eval", "polnear", "train"))

Span = namedtuple("Span", "doc kind ranges text")
Attr = namedtuple("Attr", "doc source cue content")

_T = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")


def train_dir(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_TRAIN
    if os.path.basename(os.path.normpath(path)) == "dev" or "/polnear/dev" in path:
        sys.exit("refusing to mine the PolNeAR dev split: " + path)
    if not os.path.isdir(os.path.join(path, "attributions")):
        sys.exit("not a PolNeAR split folder (no attributions/): " + path)
    return path


def docs(path):
    """Yields (name, text, spans-by-id, attributions) per document."""
    for ann in sorted(os.listdir(os.path.join(path, "attributions"))):
        if not ann.endswith(".ann"):
            continue
        name = ann[:-4]
        with open(os.path.join(path, "text", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        spans = {}
        links = []
        with open(os.path.join(path, "attributions", ann), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                m = _T.match(line)
                if m:
                    ranges = [tuple(int(x) for x in r.split()) for r in m.group(3).split(";")]
                    # text from the document itself (brat joins pieces with a space)
                    piece = " ".join(text[b:e] for b, e in ranges)
                    spans[m.group(1)] = Span(name, m.group(2), ranges, piece)
                elif line.startswith("E"):
                    parts = line.split("\t")[1].split()
                    links.append(dict(p.split(":", 1) for p in parts if ":" in p))
        attrs = []
        for link in links:
            attrs.append(Attr(name,
                              spans.get(link.get("Source")),
                              spans.get(link.get("Cue")),
                              spans.get(link.get("Content"))))
        yield name, text, spans, attrs
