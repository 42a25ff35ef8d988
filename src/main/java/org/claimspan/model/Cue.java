package org.claimspan.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The words that signal an attribution ("added", "has said", "according to", ":").
 * Immutable and thread-safe; no component is null.
 *
 * @param span the cue as written, auxiliaries included
 * @param lemma the lexicon entry it matched, such as {@code "say"} or {@code "according to"}
 * @param cueClass what kind of act it reports
 */
public record Cue(TextSpan span, String lemma, CueClass cueClass) {
  public Cue {
    checkNotNull(span, "span");
    checkNotNull(lemma, "lemma");
    checkNotNull(cueClass, "cueClass");
  }
}
