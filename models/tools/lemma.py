"""A small rule-based English verb lemmatiser for mining cue spans.

Irregular table plus suffix rules; ambiguous -ed/-ing/-s stems are decided by
how often each candidate's third-person form ("notes" vs "nots") occurs in the
corpus being mined. Good enough for counting; every kept lemma was checked by hand.
"""
import re
from collections import Counter

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "thought": "think", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "felt": "feel", "sought": "seek", "gave": "give", "given": "give", "made": "make",
    "spoke": "speak", "spoken": "speak", "went": "go", "gone": "go", "goes": "go",
    "took": "take", "taken": "take", "heard": "hear", "meant": "mean", "held": "hold",
    "found": "find", "forgot": "forget", "forgotten": "forget", "understood": "understand",
    "fought": "fight", "led": "lead", "got": "get", "gotten": "get", "chose": "choose",
    "chosen": "choose", "began": "begin", "begun": "begin", "swore": "swear", "sworn": "swear",
    "foresaw": "foresee", "foreseen": "foresee", "withheld": "withhold", "taught": "teach",
    "brought": "bring", "bought": "buy", "kept": "keep", "left": "leave", "sent": "send",
    "spent": "spend", "stood": "stand", "won": "win", "lost": "lose", "paid": "pay",
    "laid": "lay", "read": "read", "put": "put", "set": "set", "let": "let", "cast": "cast",
    "bet": "bet", "hit": "hit", "quit": "quit", "forbade": "forbid", "forbidden": "forbid",
    "drew": "draw", "drawn": "draw", "shown": "show", "ran": "run", "came": "come",
    "became": "become", "rang": "ring", "sang": "sing", "sung": "sing", "struck": "strike",
    "undertook": "undertake", "overheard": "overhear", "reread": "reread",
    "mistook": "mistake", "foretold": "foretell", "retold": "retell", "broke": "break",
    "broken": "break", "blew": "blow", "threw": "throw", "thrown": "throw", "dreamt": "dream",
    "learnt": "learn", "meant": "mean", "did": "do", "does": "do", "done": "do",
    "added": "add", "adds": "add", "adding": "add", "opined": "opine", "opining": "opine",
    "poised": "poise", "mused": "muse", "musing": "muse", "has": "have", "had": "have", "is": "be", "are": "be", "was": "be", "were": "be",
    "been": "be", "am": "be", "'s": "be", "being": "be",
}

# -ly words that are verbs, not adverbs
LY_VERBS = {"reply", "apply", "supply", "rally", "imply", "comply", "multiply", "ally", "rely", "fly", "tally", "sully", "bully"}

_s_form = Counter()


def teach(words):
    """Gives the lemmatiser corpus word counts (lower-case tokens)."""
    _s_form.update(words)


def _third_person(stem):
    if re.search(r"(s|x|z|ch|sh|o)$", stem):
        return stem + "es"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ies"
    return stem + "s"


def _best(cands, inflected=None):
    cands = [c for c in cands if len(c) >= 2]
    if inflected:  # an -s form: the candidate must give it back
        cands = [c for c in cands if _third_person(c) == inflected] or cands

    def score(c):
        third = 0 if inflected else _s_form[_third_person(c)]
        bare = _s_form[c]
        # prefer an attested 3rd-person form, then an attested bare form; ties keep rule order,
        # except that some stem endings usually want an -e ("poised", "alluded", "startled")
        return (third > 0, bare > 0, third + bare,
                c.endswith("e") and bool(re.search(r"([bcdfgkptvz][lr]|[aeiou]t|[cgsuvz]|ur|[aeiou]d|[iu]n|iz)e$", c)))
    return max(cands, key=score)


def lemma(word):
    w = word.lower().replace("\u2019", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ing") and len(w) > 5:
        s = w[:-3]
        cands = [s, s + "e"]
        if len(s) > 2 and s[-1] == s[-2] and s[-1] not in "ls":
            cands.insert(0, s[:-1])
        elif len(s) > 2 and s[-1] == s[-2]:
            cands.append(s[:-1])
        return _best(cands)
    if w.endswith("ed") and len(w) > 4:
        s = w[:-2]
        cands = [s, w[:-1]]
        if len(s) > 2 and s[-1] == s[-2] and s[-1] not in "ls":
            cands.insert(0, s[:-1])
        elif len(s) > 2 and s[-1] == s[-2]:
            cands.append(s[:-1])
        return _best(cands)
    if w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and len(w) > 3:
        return _best([w[:-1], w[:-2]], inflected=w)
    return w
