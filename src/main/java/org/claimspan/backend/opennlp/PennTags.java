package org.claimspan.backend.opennlp;

import java.util.Locale;
import java.util.Set;

/**
 * Maps the Universal Dependencies tags of OpenNLP's English model (UPOS, with "+" joining the tags
 * of contractions the tokenizer keeps whole, as in {@code it's/PRON+AUX}) to the Penn Treebank
 * tags the engine expects. UPOS is coarser than Penn (one VERB for said, says, saying), so verb
 * forms come from the word, its lemma and the auxiliary before it; OpenNLP's own UD-to-Penn mapper
 * tags every verb {@code VB}, which would lose the finite forms the engine relies on. Stateless and
 * thread-safe.
 */
final class PennTags {
  private static final Set<String> MODALS =
      Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "’ll",
          "'d", "’d", "wo", "ca", "cannot", "ought");
  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("my", "your", "his", "its", "our", "their", "her", "whose");
  private static final Set<String> WH_PRONOUNS = Set.of("who", "whom", "what", "whoever", "whatever");
  private static final Set<String> WH_ADVERBS = Set.of("when", "where", "why", "how", "whenever", "wherever");
  private static final Set<String> WH_DETERMINERS = Set.of("which", "whichever", "that");
  private static final Set<String> INDEFINITE_PRONOUNS =
      Set.of("everyone", "everybody", "everything", "someone", "somebody", "something", "anyone", "anybody",
          "anything", "nobody", "nothing", "none");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "all", "both", "each");
  private static final Set<String> PRESENT_NON_THIRD = Set.of("am", "are", "'re", "’re", "'m", "’m", "'ve", "’ve");
  /** Lemmas of the auxiliaries after which a past form is a participle: "has said", "was told". */
  private static final Set<String> PARTICIPLE_AUXILIARIES = Set.of("have", "be", "get");
  private static final Set<String> OPENING_QUOTES = Set.of("\u201C", "\u2018", "``", "`", "\u201E");
  private static final Set<String> CLOSING_QUOTES = Set.of("\u201D", "\u2019", "''");

  private PennTags() {}

  /**
   * The Penn tags of one sentence.
   *
   * @param words the tokens as in the text
   * @param ud their UD tags from OpenNLP (a "+" joins the tags of a contraction's parts)
   * @param lemmas their lower-cased lemmas
   * @param openingQuote for each token, whether a straight quote mark there opens a quotation
   *     (ignored for other tokens)
   * @return Penn tags, one per token
   */
  static String[] map(String[] words, String[] ud, String[] lemmas, boolean[] openingQuote) {
    String[] penn = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      penn[i] = tag(words, ud, lemmas, openingQuote, penn, i);
    }
    return penn;
  }

  private static String tag(
      String[] words, String[] ud, String[] lemmas, boolean[] openingQuote, String[] penn, int i) {
    String word = words[i];
    String lower = word.toLowerCase(Locale.ROOT);
    String universal = firstPart(ud[i]);
    return switch (universal) {
      case "NOUN" -> isPlural(lower, lemmas[i]) ? "NNS" : "NN";
      case "PROPN" -> "NNP";
      case "ADJ" -> lower.equals("more") || lower.equals("less") ? "JJR"
          : lower.equals("most") || lower.equals("least") ? "JJS" : "JJ";
      case "ADV" -> WH_ADVERBS.contains(lower) ? "WRB"
          : lower.equals("more") || lower.equals("less") ? "RBR"
          : lower.equals("most") || lower.equals("least") ? "RBS" : "RB";
      case "DET" -> lower.equals("whose") ? "WP$" : lower.equals("which") || lower.equals("what") ? "WDT" : "DT";
      case "ADP" -> lower.equals("to") ? "TO" : "IN";
      case "SCONJ" -> WH_ADVERBS.contains(lower) ? "WRB" : "IN";
      case "CCONJ" -> "CC";
      case "NUM" -> "CD";
      case "PART" -> particle(lower);
      case "PRON" -> pronoun(words, ud, i, lower);
      case "VERB", "AUX" -> verb(lower, lemmas, penn, i);
      case "INTJ" -> "UH";
      case "X" -> "FW";
      case "SYM" -> lower.equals("$") ? "$" : lower.equals("#") ? "#" : lower.equals("%") ? "NN" : "SYM";
      case "PUNCT" -> punctuation(word, openingQuote[i]);
      default -> "NN";
    };
  }

  /** The tag of a contraction's first part: {@code PRON+AUX} for "it's" is read as PRON. */
  static String firstPart(String udTag) {
    int plus = udTag.indexOf('+');
    return plus < 0 ? udTag : udTag.substring(0, plus);
  }

  private static boolean isPlural(String lower, String lemma) {
    return lower.endsWith("s") && !lower.endsWith("ss") && !lower.equals(lemma);
  }

  private static String particle(String lower) {
    if (lower.equals("to")) {
      return "TO";
    }
    if (lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’")) {
      return "POS";
    }
    return lower.equals("not") || lower.equals("n't") || lower.equals("n’t") || lower.equals("never") ? "RB" : "RP";
  }

  private static String pronoun(String[] words, String[] ud, int i, String lower) {
    if (lower.equals("her")) {
      // "her" before a noun phrase is possessive ("her campaign"), else an object ("told her")
      boolean beforeNoun = i + 1 < words.length && Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(firstPart(ud[i + 1]));
      return beforeNoun ? "PRP$" : "PRP";
    }
    if (POSSESSIVE_PRONOUNS.contains(lower)) {
      return lower.equals("whose") ? "WP$" : "PRP$";
    }
    if (WH_PRONOUNS.contains(lower)) {
      return "WP";
    }
    if (WH_DETERMINERS.contains(lower)) {
      return "WDT";
    }
    if (DEMONSTRATIVES.contains(lower)) {
      return "DT";
    }
    if (INDEFINITE_PRONOUNS.contains(lower)) {
      return "NN";
    }
    return "PRP";
  }

  /**
   * A verb's Penn form. A form equal to its lemma is a base form after a modal, "to" or
   * "do"-support, else a non-third-person present; "-ing" is a gerund or participle; "-s" a third
   * person present; any other form a past participle after an auxiliary, else a past tense.
   */
  private static String verb(String lower, String[] lemmas, String[] penn, int i) {
    String first = contractionHead(lower);
    if (MODALS.contains(first)) {
      return "MD";
    }
    String lemma = lemmas[i];
    if (first.equals("is") || first.equals("has") || first.equals("does") || first.equals("'s") || first.equals("’s")) {
      return "VBZ";
    }
    if (PRESENT_NON_THIRD.contains(first)) {
      return "VBP";
    }
    if (first.equals("was") || first.equals("were") || first.equals("did") || first.equals("had")) {
      return "VBD";
    }
    if (first.equals("been")) {
      return "VBN";
    }
    if (first.equals("be")) {
      return "VB";
    }
    int previous = previousNonAdverb(penn, i);
    if (first.equals(lemma)) {
      boolean base = previous < 0
          || penn[previous].equals("MD") || penn[previous].equals("TO")
          || lemmas[previous].equals("do");
      return base ? "VB" : "VBP";
    }
    if (first.endsWith("ing")) {
      return "VBG";
    }
    if (first.endsWith("s") && (first.equals(lemma + "s") || first.equals(lemma + "es")
        || lemma.endsWith("y") && first.equals(lemma.substring(0, lemma.length() - 1) + "ies"))) {
      return "VBZ";
    }
    boolean afterAuxiliary = previous >= 0 && penn[previous].startsWith("VB")
        && PARTICIPLE_AUXILIARIES.contains(lemmas[previous]);
    return afterAuxiliary ? "VBN" : "VBD";
  }

  /** The first word of a contraction the tokenizer kept whole: "don't" to "do", "won't" to "wo". */
  private static String contractionHead(String lower) {
    for (String ending : new String[] {"n't", "n’t"}) {
      if (lower.endsWith(ending) && lower.length() > ending.length()) {
        return lower.equals("can't") || lower.equals("can’t") ? "ca" : lower.substring(0, lower.length() - ending.length());
      }
    }
    return lower;
  }

  /** The nearest token before {@code i} that is not an adverb ("has not said", "was also told"), or -1. */
  private static int previousNonAdverb(String[] penn, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!penn[j].startsWith("RB")) {
        return j;
      }
    }
    return -1;
  }

  private static String punctuation(String word, boolean opening) {
    if (OPENING_QUOTES.contains(word)) {
      return "``";
    }
    if (CLOSING_QUOTES.contains(word)) {
      return "''";
    }
    return switch (word) {
      case "\"", "'" -> opening ? "``" : "''";
      case "," -> ",";
      case ".", "?", "!" -> ".";
      case "(", "[", "{" -> "-LRB-";
      case ")", "]", "}" -> "-RRB-";
      case "$" -> "$";
      case "#" -> "#";
      default -> ":";
    };
  }
}
