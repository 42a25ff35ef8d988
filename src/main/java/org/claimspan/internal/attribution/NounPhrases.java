package org.claimspan.internal.attribution;

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

  /**
   * Like {@link #startEndingAt}, also for a subject whose name the tagger took for an adjective:
   * "Trump/JJ said", "Blackwell/JJ pointed to" (OpenNLP's tagger, often). Only for a phrase right
   * before its verb, where an adjective cannot end a noun phrase.
   */
  static int startOfSubjectEndingAt(DependencyTree tree, int last) {
    Token token = tree.token(last);
    boolean capitalisedAdjective = token.pos().equals("JJ") && Character.isUpperCase(token.word().codePointAt(0));
    return capitalisedAdjective ? startOfPhrase(tree, last) : startEndingAt(tree, last);
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
