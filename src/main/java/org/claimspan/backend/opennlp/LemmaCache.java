package org.claimspan.backend.opennlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas of verbs and common nouns from OpenNLP's lemmatizer, one word at a time and remembered.
 * The statistical lemmatizer costs several times the tagger per token (it scores thousands of
 * edit scripts), while the engine needs lemmas only to look verbs and nouns up in its lexicons, and
 * news repeats its verbs ("said" in every other sentence); other words keep their lower-cased
 * form, as proper nouns do in CoreNLP. The remembered lemmas are shared by the backend's threads
 * (a lemma depends on the word and its tag only, so sharing cannot change a result, and worker
 * threads that come and go, one pool per batch, do not start cold); the {@link LemmatizerME} is
 * not thread-safe, so each thread has its own {@code LemmaCache} over the shared map.
 */
final class LemmaCache {
  /** Past this many remembered words the memory starts over, so it stays small on any input. */
  private static final int CAPACITY = 20_000;

  private final LemmatizerME lemmatizer;
  private final Map<String, String> lemmas;

  /**
   * @param model the shared lemmatizer model
   * @param lemmas the lemmas remembered so far, shared by the backend's threads (a concurrent map)
   */
  LemmaCache(LemmatizerModel model, ConcurrentMap<String, String> lemmas) {
    this.lemmatizer = new LemmatizerME(model);
    this.lemmas = lemmas;
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
    String key = udTag + ' ' + lower; // the whole tag ("AUX+PART"): the lemma is computed from it
    String lemma = lemmas.get(key);
    if (lemma == null) {
      if (lemmas.size() >= CAPACITY) {
        lemmas.clear();
      }
      lemma = universal.equals("NOUN") ? model(lower, udTag) : verbLemma(lower, udTag);
      lemmas.put(key, lemma);
    }
    return lemma;
  }

  private String model(String lower, String tag) {
    return clean(lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0], lower);
  }

  /**
   * A verb's lemma. The model, asked out of context, errs on some regular verbs in ways that
   * depend on the tag it is given ("describes" is "describ" with the UD tag and "describe" with
   * the Penn tag, "insisted" the other way round; "condemned" and "alleging" come back unchanged),
   * so it is asked with both tags: an inflected form it leaves unchanged is a miss, and of two
   * answers one of which only adds an "e" the longer is the lemma ("describe"). When both miss, the
   * suffix is stripped by rule.
   */
  private String verbLemma(String lower, String udTag) {
    String universal = model(lower, udTag);
    String penn = model(lower, lower.endsWith("ing") ? "VBG" : lower.endsWith("s") ? "VBZ" : "VBD");
    boolean inflected = lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("s") && !lower.endsWith("ss");
    boolean universalMissed = inflected && universal.equals(lower);
    boolean pennMissed = inflected && penn.equals(lower);
    if (universalMissed && pennMissed) {
      return RegularVerbs.stem(lower);
    }
    if (universalMissed || universal.equals(penn)) {
      return penn;
    }
    if (pennMissed) {
      return universal;
    }
    return penn.equals(universal + "e") ? penn : universal.equals(penn + "e") ? universal : universal;
  }

  /** The first part of a contraction's lemma ("do+not" to "do"), or the word if none is left. */
  private static String clean(String lemma, String lower) {
    int plus = lemma.indexOf('+');
    String first = plus < 0 ? lemma : lemma.substring(0, plus);
    return first.isBlank() || first.equals("O") ? lower : first.toLowerCase(Locale.ROOT);
  }
}
