package org.claimspan.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One token with its annotations. Immutable and thread-safe.
 *
 * @param index position in the document's token list, from 0
 * @param sentence index of the sentence holding it
 * @param begin UTF-16 offset of its first character in the original text
 * @param end UTF-16 offset just past its last character
 * @param word the token exactly as in the original text ({@code text.substring(begin, end)})
 * @param pos Penn Treebank tag, or {@code ""} when the backend has none
 * @param lemma lower-cased lemma, or the lower-cased word when the backend has none
 * @param ner named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, ...),
 *     {@code "O"} outside entities or when the backend has none
 * @param head document token index of the dependency head, {@code -1} for the root or when the
 *     backend has no parser
 * @param relation Universal Dependencies relation to the head ({@code "nsubj"}, {@code "ccomp"},
 *     ...), {@code ""} when there is none
 */
public record Token(
    int index,
    int sentence,
    int begin,
    int end,
    String word,
    String pos,
    String lemma,
    String ner,
    int head,
    String relation) {

  public Token {
    checkNotNull(word, "word");
    checkNotNull(pos, "pos");
    checkNotNull(lemma, "lemma");
    checkNotNull(ner, "ner");
    checkNotNull(relation, "relation");
    checkArgument(0 <= begin && begin <= end, "invalid token offsets [%s, %s)", begin, end);
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /**
   * Whether the token is a finite verb or a modal (VBD, VBZ, VBP, MD): a verb that heads a clause
   * with a subject of its own, as a reported clause has.
   */
  public boolean isFiniteVerb() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  public boolean isPunctuation() {
    return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
  }
}
