package org.claimspan.internal.cue;

import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.spi.Token;

/**
 * Cue verbs in text without a parse: the auxiliaries before a verb join its cue ("has said", "would
 * not say"), as PolNeAR draws cues; a bare participle after a noun is no cue ("officials
 * believed to be responsible"), nor is a passive before "to" ("are expected to meet"). Stateless and thread-safe.
 */
public final class PatternCues {
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do", "will", "would", "can", "could",
      "may", "might", "shall", "should", "must");

  private PatternCues() {}

  /** The cue with its auxiliaries, or null when it reads as a participle modifying a noun. */
  public static CueMatch withAuxiliaries(DependencyTree tree, CueMatch cue) {
    if (cue.form() != CueForm.VERB) {
      return cue;
    }
    int sentenceFirst = tree.sentenceOf(cue.head()).firstToken();
    int first = cue.first();
    int i = first - 1;
    while (i >= sentenceFirst && (isAuxiliary(tree.token(i)) || isAdverb(tree.token(i)) && i - 1 >= sentenceFirst
        && isAuxiliary(tree.token(i - 1)))) {
      if (isAuxiliary(tree.token(i))) {
        first = i;
      }
      i--;
    }
    Token verb = tree.token(cue.head());
    boolean passive = first < cue.head() && verb.pos().equals("VBN") && "be".equals(tree.token(first).lemma());
    if (passive && cue.head() + 1 < tree.sentenceOf(cue.head()).endToken()
        && tree.token(cue.head() + 1).pos().equals("TO")) {
      return null; // "are expected to meet", "is believed to be": a raising verb reports nobody
    }
    if (first == cue.head() && verb.pos().equals("VBN") && cue.head() > sentenceFirst
        && tree.token(cue.head() - 1).isNoun()) {
      return null;
    }
    return new CueMatch(cue.head(), first, cue.last(), cue.lemma(), cue.cueClass(), cue.form());
  }

  private static boolean isAuxiliary(Token token) {
    return (token.pos().startsWith("VB") || token.pos().equals("MD")) && AUXILIARY_LEMMAS.contains(token.lemma());
  }

  private static boolean isAdverb(Token token) {
    return token.pos().startsWith("RB");
  }
}
