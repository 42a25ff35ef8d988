package org.claimspan.spi;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A sentence as a range of tokens and of characters. Immutable and thread-safe.
 *
 * @param index position in the document's sentence list, from 0
 * @param begin UTF-16 offset of its first character
 * @param end UTF-16 offset just past its last character
 * @param firstToken index of its first token in the document's token list
 * @param endToken index just past its last token
 * @param parsed whether dependency relations were computed for it (a sentence over the length
 *     limit is not parsed)
 */
public record Sentence(int index, int begin, int end, int firstToken, int endToken, boolean parsed) {
  public Sentence {
    checkArgument(begin <= end && firstToken <= endToken, "invalid sentence %s", index);
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
