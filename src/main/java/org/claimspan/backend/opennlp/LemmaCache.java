package org.claimspan.backend.opennlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas of verbs and common nouns from OpenNLP's lemmatizer, one word at a time and remembered.
 * The statistical lemmatizer costs several times the tagger per token (it scores thousands of
 * edit scripts), while the engine needs lemmas only to look verbs and nouns up in its lexicons, and
 * news repeats its verbs ("said" in every other sentence); other words keep their lower-cased
 * form, as proper nouns do in CoreNLP. Not thread-safe: one per thread, as {@link LemmatizerME}
 * is.
 */
final class LemmaCache {
  /** Past this many remembered words the memory starts over, so it stays small on any input. */
  private static final int CAPACITY = 20_000;

  private final LemmatizerME lemmatizer;
  private final Map<String, String> lemmas = new HashMap<>();

  LemmaCache(LemmatizerModel model) {
    this.lemmatizer = new LemmatizerME(model);
  }

  /**
   * The lower-cased lemma of a word.
   *
   * @param word the token as in the text
   * @param udTag its UD tag from OpenNLP's tagger
   */
  String lemma(String word, String udTag) {
    String lower = word.toLowerCase(Locale.ROOT);
    String universal = PennTags.firstPart(udTag);
    if (!universal.equals("VERB") && !universal.equals("AUX") && !universal.equals("NOUN")) {
      return lower;
    }
    String key = universal + ' ' + lower;
    String lemma = lemmas.get(key);
    if (lemma == null) {
      if (lemmas.size() >= CAPACITY) {
        lemmas.clear();
      }
      lemma = clean(lemmatizer.lemmatize(new String[] {lower}, new String[] {udTag})[0], lower);
      lemmas.put(key, lemma);
    }
    return lemma;
  }

  /** The first part of a contraction's lemma ("do+not" to "do"), or the word if none is left. */
  private static String clean(String lemma, String lower) {
    int plus = lemma.indexOf('+');
    String first = plus < 0 ? lemma : lemma.substring(0, plus);
    return first.isBlank() || first.equals("O") ? lower : first.toLowerCase(Locale.ROOT);
  }
}
