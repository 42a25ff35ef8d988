#!/usr/bin/env python3
"""Mines title/role words and anonymous-source head nouns from PolNeAR train Source spans.

usage: python3 models/tools/mine_sources.py [TRAIN_DIR] [--out DIR]
       python3 models/tools/mine_sources.py [TRAIN_DIR] --count FILE [--kind titles|anon]

TRAIN_DIR defaults to PolNeAR's train split in the evaluation data folder
(../shared/eval/polnear/train beside the repository); the dev split is refused.
Writes candidate tables (count, candidate, examples) to --out (default: a temp folder):
  titles-before-name.tsv  runs of title-like tokens right before a capitalised name
                          ("Massachusetts Sen. Elizabeth Warren" -> "sen.")
  roles-appositive.tsv    head noun of ", a/an/the ROLE at/of/for ..." after a name
  anon-heads.tsv          head noun of Source spans with no capitalised word
                          ("some far-right commentators" -> "commentators")
With --count FILE it prints, for each line of a curated list, how many Source spans
contain it (as a whole lower-case word sequence); the lists themselves are chosen by hand.
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

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*\.?|[^\sA-Za-z]")
PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "his", "her", "their", "its", "our",
            "my", "your", "him", "them", "us", "me", "who", "which", "that", "this", "these",
            "those", "one", "some", "many", "most", "others", "both", "all", "each", "everyone",
            "anyone", "nobody", "someone", "somebody", "everybody", "anybody", "none", "few"}
STOP_AFTER = {"of", "who", "that", "at", "in", "with", "from", "for", "on", "to", "and", "or",
              "close", "familiar", "involved", "working", "whose", "which", "like", "such",
              "including", "across", "within", "among", "under", "as", "by", "than", "there"}
ABBREV = re.compile(r"^[A-Z][a-z]{0,4}\.$")


def toks(text):
    return WORD.findall(text.replace("\u2019", "'"))


def is_cap(t):
    return t[:1].isupper() and not ABBREV.match(t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="?", default=polnear.DEFAULT_TRAIN)
    ap.add_argument("--out")
    ap.add_argument("--count")
    args = ap.parse_args()
    train = polnear.train_dir([None, args.train])

    lower_words = Counter()
    sources = []
    for name, text, spans, attrs in polnear.docs(train):
        for t in toks(text):
            if t[:1].islower():
                lower_words[t] += 1
        sources.extend(s.text for s in spans.values() if s.kind == "Source")

    if args.count:
        low = [" " + " ".join(toks(s)).lower() + " " for s in sources]
        with open(args.count, encoding="utf-8") as f:
            for line in f:
                entry = line.strip()
                if not entry or entry.startswith("#"):
                    continue
                key = " " + " ".join(toks(entry)).lower() + " "
                print("%d\t%s" % (sum(1 for s in low if key in s), entry))
        return

    def titleish(t):
        """A token that can be part of a title: an abbreviation like Sen. / Gov., or a
        word (possibly capitalised here) that the corpus also uses in lower case."""
        if ABBREV.match(t):
            return True
        return t.lower() in lower_words and lower_words[t.lower()] >= 3 and t.isalpha() or t.lower() in {"of", "state"}

    titles, roles, anon = Counter(), Counter(), Counter()
    ex = defaultdict(list)

    def note(counter, key, example, prefix):
        counter[key] += 1
        if len(ex[prefix + key]) < 3 and example not in ex[prefix + key]:
            ex[prefix + key].append(example)

    for s in sources:
        t = toks(s)
        if not t:
            continue
        # titles: a run of title-ish tokens immediately before a capitalised non-title token
        for i in range(1, len(t)):
            if is_cap(t[i]) and not titleish(t[i]) and titleish(t[i - 1]):
                j = i - 1
                while j - 1 >= 0 and titleish(t[j - 1]) and t[j - 1].lower() not in {"the", "a", "an", "and", ","}:
                    j -= 1
                run = [w.lower() for w in t[j:i] if w.lower() not in {"the", "a", "an", "former", "then", "then-"}]
                if run:
                    # keep the last up-to-3 tokens: "secretary of state", "sen."
                    note(titles, " ".join(run[-3:]), s, "t:")
                    note(titles, run[-1], s, "t:") if len(run) > 1 else None
                break
        # appositive roles: "Name, a/an/the ROLE at/of/for ..."
        m = re.search(r",\s+(?:a|an|the)\s+([^,]+)", s)
        if m and is_cap(t[0]):
            words = toks(m.group(1))
            head = []
            for w in words:
                if w.lower() in STOP_AFTER or not w.isalpha():
                    break
                head.append(w.lower())
            if head:
                note(roles, head[-1], s, "r:")
                if len(head) > 1:
                    note(roles, " ".join(head[-2:]), s, "r:")
        # anonymous: no capitalised token except (maybe) the first, not a pronoun
        rest_caps = [w for w in t[1:] if is_cap(w) or ABBREV.match(w)]
        if t[0].lower() in PRONOUNS and len(t) == 1:
            continue
        if not rest_caps and (not is_cap(t[0]) or t[0].lower() in PRONOUNS | {"the", "a", "an", "some", "many", "most", "several", "other", "senior", "top"} or lower_words[t[0].lower()] >= 3):
            head = None
            for w in t:
                if w.lower() in STOP_AFTER or not re.match(r"[A-Za-z]", w):
                    break
                head = w.lower()
            if head and head not in PRONOUNS:
                note(anon, head, s, "a:")

    out = args.out or tempfile.mkdtemp(prefix="claimspan-sources-")
    os.makedirs(out, exist_ok=True)
    for fname, counter, prefix in (("titles-before-name.tsv", titles, "t:"),
                                   ("roles-appositive.tsv", roles, "r:"),
                                   ("anon-heads.tsv", anon, "a:")):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("# count\tcandidate\texamples (from %d Source spans of %s)\n" % (len(sources), train))
            for k, v in counter.most_common():
                f.write("%d\t%s\t%s\n" % (v, k, " | ".join(ex[prefix + k])))
    print("%d source spans -> %s" % (len(sources), out), file=sys.stderr)


if __name__ == "__main__":
    main()
