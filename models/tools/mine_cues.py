#!/usr/bin/env python3
"""Mines attribution cues from PolNeAR train (never dev).

usage: python3 models/tools/mine_cues.py [TRAIN_DIR] [--out DIR]

TRAIN_DIR defaults to PolNeAR's train split in the evaluation data folder
(../shared/eval/polnear/train beside the repository); the dev split is refused.
Writes candidate tables to --out (default: a temporary folder, printed), never
into the corpus folder:
  verb-lemmas.tsv   head-verb lemma of each Cue span, with count and 3 examples
  phrases.tsv       head lemma + following particle/word ("point out", "according to")
  noun-cues.tsv     nouns inside Cue spans (after a determiner/possessive/preposition,
                    or a Cue span that is a bare noun)
and, with --update FILE, rewrites the train_count column of a curated cues.tsv
(or cue-nouns.tsv with --nouns) in place from the counts. Classes and the
choice of entries are made by hand; this script only counts.
"""
import argparse
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # keep models/ (packaged on the classpath) free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear  # noqa: E402
import lemma as lem  # noqa: E402

AUX = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
       "have", "has", "had", "having", "'ve", "'d",
       "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
       "might", "must", "'ll", "to", "not", "never", "no", "also", "just", "still",
       "already", "now", "later", "first", "again", "even", "then", "once", "ever",
       "further", "often", "long", "soon", "so", "too", "all", "both", "each", "it",
       "he", "she", "they", "we", "i", "you", "who", "which", "that", "as", "and", "or",
       "but", "last", "this", "earlier", "previously", "before", "since", "yet",
       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
       "gon", "na", "going", "reportedly", "widely", "repeatedly"}
# "went on to say", "was quoted as saying": the real cue is the later verb
LIGHT = {("go", "on"), ("quote", "as"), ("go", "so"), ("be", "quoted")}
PARTICLES = {"to", "out", "for", "on", "about", "of", "up", "as", "in", "off", "with",
             "against", "down", "back", "into", "over", "clear", "forward"}
DET = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "in", "'s",
       "this", "that", "these", "those", "some", "another", "whose"}

TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|'s|[^\sa-z]")


def tokens(text):
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"n't\b", " not", t)
    return [x for x in TOKEN.findall(t) if re.match(r"[a-z']", x)]


def is_adverb(w):
    return w.endswith("ly") and w not in lem.LY_VERBS and len(w) > 3


def head(toks):
    """Index of the head verb token of a cue, or None."""
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in AUX or is_adverb(w):
            i += 1
            continue
        l = lem.lemma(w)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if (l, nxt) in LIGHT:
            # skip to the next verb-looking token after the light verb frame
            j = i + 2
            while j < len(toks) and (toks[j] in AUX or toks[j] in {"on", "as", "so", "far", "quoted"}):
                j += 1
            if j < len(toks):
                return j
        return i
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="?", default=polnear.DEFAULT_TRAIN)
    ap.add_argument("--out")
    ap.add_argument("--update")
    ap.add_argument("--nouns", action="store_true", help="--update a cue-nouns.tsv")
    args = ap.parse_args()
    train = polnear.train_dir([None, args.train])

    cues = []
    words = Counter()
    for name, text, spans, attrs in polnear.docs(train):
        words.update(tokens(text))
        for s in spans.values():
            if s.kind == "Cue":
                cues.append(s.text)
    lem.teach(words)

    verbs, phrases, nouns = Counter(), Counter(), Counter()
    ex = defaultdict(list)
    for c in cues:
        toks = tokens(c)
        h = head(toks)
        if h is not None:
            l = lem.lemma(toks[h])
            verbs[l] += 1
            if len(ex[l]) < 3 and c not in ex[l]:
                ex[l].append(c)
            rest = [w for w in toks[h + 1:] if not is_adverb(w)]
            if rest and rest[0] in PARTICLES:
                p = l + " " + rest[0]
                phrases[p] += 1
                if len(ex[p]) < 3 and c not in ex[p]:
                    ex[p].append(c)
        for i, w in enumerate(toks):
            if i > 0 and toks[i - 1] in DET and w not in DET and w not in AUX:
                nouns[w] += 1
                if len(ex["n:" + w]) < 3 and c not in ex["n:" + w]:
                    ex["n:" + w].append(c)
        if len(toks) == 1 and not re.search(r"(ed|ing|s)$", toks[0]):
            nouns[toks[0]] += 0  # listed, counted above only in DET context

    # train counts used for --update: verb lemma counts, phrase counts, noun counts;
    # "according to" and other fixed phrases are counted as literal substrings of cues
    lowered = [" ".join(tokens(c)) for c in cues]

    def literal(phrase):
        pat = re.compile(r"(^| )" + re.escape(phrase) + r"( |$)")
        return sum(1 for c in lowered if pat.search(c))

    if args.update:
        out_lines = []
        with open(args.update, encoding="utf-8") as f:
            for line in f:
                raw = line.rstrip("\n")
                if not raw.strip() or raw.startswith("#"):
                    out_lines.append(raw)
                    continue
                cols = raw.split("\t")
                key = cols[0].strip().lower()
                if args.nouns:
                    # Cue spans containing the noun (singular or plural) literally
                    forms = {key, key + "s", key + "es", key[:-1] + "ies" if key.endswith("y") else key}
                    n = sum(literal(f) for f in forms)
                elif " " in key:
                    n = literal(key)
                else:
                    n = verbs[key]
                out_lines.append("\t".join(cols[:2] + [str(n)]))
        with open(args.update, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines) + "\n")
        print("updated counts in", args.update, file=sys.stderr)
        return

    out = args.out or tempfile.mkdtemp(prefix="claimspan-cues-")
    os.makedirs(out, exist_ok=True)
    for fname, counter, prefix in (("verb-lemmas.tsv", verbs, ""), ("phrases.tsv", phrases, ""),
                                   ("noun-cues.tsv", nouns, "n:")):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("# count\tlemma\texamples (from %d Cue spans of %s)\n" % (len(cues), train))
            for k, v in counter.most_common():
                f.write("%d\t%s\t%s\n" % (v, k, " | ".join(ex[prefix + k])))
    print("%d cue spans; %d verb lemmas, %d phrases, %d noun candidates -> %s"
          % (len(cues), len(verbs), len(phrases), len(nouns), out), file=sys.stderr)


if __name__ == "__main__":
    main()
