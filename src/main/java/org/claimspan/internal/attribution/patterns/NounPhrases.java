package org.claimspan.internal.attribution.patterns;

import java.util.Locale;
import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Noun phrases read off part-of-speech tags, for text without a parse: a run of determiners,
 * adjectives, numbers, possessives and nouns ending in a noun or a pronoun, joined by "of", "for"
 * and "and" ("a spokesman for the Clinton campaign", "Trump and Clinton"). Stateless and
 * thread-safe; token indexes are document-wide, ranges inclusive.
 */
final class NounPhrases {
  /** Words that join two nominal runs into one phrase. */
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "at");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

  private NounPhrases() {}

  /** Whether the token can head a noun phrase: a noun, a subject pronoun, or a number. */
  static boolean isHead(Token token) {
    return token.isNoun() || token.pos().equals("CD") || isSubjectPronoun(token);
  }

  static boolean isSubjectPronoun(Token token) {
    return token.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** Whether the token can be inside a noun phrase before its head. */
  static boolean isModifier(Token token) {
    String pos = token.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$")
        || pos.equals("POS") || pos.equals("CD") || pos.equals("VBN") && Character.isUpperCase(token.word().charAt(0));
  }

  /**
   * The first token of the noun phrase ending at {@code last}, or -1 if {@code last} cannot end
   * one. A pronoun is a phrase by itself.
   */
  static int startEndingAt(DependencyTree tree, int last) {
    return isHead(tree.token(last)) ? startOfPhrase(tree, last) : -1;
  }

  /** What follows the apostrophe of a pronoun kept whole with its auxiliary: "he’s", "they'll". */
  private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("s", "re", "ll", "d", "ve", "m");
  /** Quantifiers that are a subject by themselves: "Some chanted", "most are planning to". */
  private static final Set<String> QUANTIFIER_SUBJECTS =
      Set.of("some", "many", "most", "others", "few", "several", "all", "both", "none", "half", "each");
  /** Tags OpenNLP's tagger gives a capitalised name before its verb: "Trump/JJ said", "Reid/VB caucused". */
  private static final Set<String> MISTAGGED_NAME_TAGS = Set.of("JJ", "VB", "VBP");

  /**
   * Like {@link #startEndingAt}, for the subject right before its verb, where the tagger's slips
   * are known: a name taken for an adjective or a verb ("Trump/JJ said", "Reid/VB caucused", "Aides
   * to Clinton/VB say"), a quantifier standing alone ("Some/DT chanted").
   */
  static int startOfSubjectEndingAt(DependencyTree tree, int last) {
    Token token = tree.token(last);
    if (QUANTIFIER_SUBJECTS.contains(token.word().toLowerCase(Locale.ROOT)) && !token.isNoun()
        || contractedPronounLength(token) > 0) {
      return last;
    }
    boolean mistaggedName = MISTAGGED_NAME_TAGS.contains(token.pos()) && Character.isUpperCase(token.word().codePointAt(0));
    return mistaggedName ? startOfPhrase(tree, last) : startEndingAt(tree, last);
  }

  /**
   * The length of the pronoun in a subject pronoun the tokenizer kept whole with its auxiliary
   * ("he’s", "they're"), or 0 for any other token.
   */
  static int contractedPronounLength(Token token) {
    String word = token.word();
    int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
    // the tagger calls "She’s" at a sentence's start a proper noun as often as a pronoun
    boolean pronoun = apostrophe > 0 && CONTRACTED_AUXILIARIES.contains(word.substring(apostrophe + 1).toLowerCase(Locale.ROOT))
        && SUBJECT_PRONOUNS.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT));
    return pronoun ? apostrophe : 0;
  }

  private static int startOfPhrase(DependencyTree tree, int last) {
    Sentence sentence = tree.sentenceOf(last);
    Token head = tree.token(last);
    if (head.isPronoun()) {
      return last;
    }
    int first = last;
    while (first - 1 >= sentence.firstToken()) {
      Token previous = tree.token(first - 1);
      if (isModifier(previous)) {
        first--;
      } else if (JOINERS.contains(previous.word().toLowerCase(Locale.ROOT))
          && first - 2 >= sentence.firstToken() && tree.token(first - 2).isNoun()) {
        first -= 2; // "the head of [the FBI]", "Trump and [Clinton]"
      } else {
        break;
      }
    }
    return first;
  }

  /**
   * The last token of the noun phrase starting at {@code first}, or -1 if none starts there:
   * modifiers up to the last noun of the run, continued across "of" and "for".
   */
  static int endStartingAt(DependencyTree tree, int first) {
    Sentence sentence = tree.sentenceOf(first);
    if (isSubjectPronoun(tree.token(first))) {
      return first;
    }
    int lastHead = -1;
    int i = first;
    while (i < sentence.endToken()) {
      Token token = tree.token(i);
      if (isModifier(token)) {
        if (isHead(token)) {
          lastHead = i;
        }
        i++;
      } else if (lastHead == i - 1 && lastHead >= 0 && JOINERS.contains(token.word().toLowerCase(Locale.ROOT))
          && i + 1 < sentence.endToken() && isModifier(tree.token(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return lastHead;
  }
}
