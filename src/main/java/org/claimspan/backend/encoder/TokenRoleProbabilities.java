package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.spi.Token;

/**
 * The tagger's label probabilities carried over from wordpieces to a backend's tokens.
 *
 * <p>A token takes the distribution of its first wordpiece: the first that begins inside it, else
 * the first that overlaps it (a token that starts inside a wordpiece). This is the wordpiece the
 * tagger was trained to mark B- at the start of a span, so B- and I- keep their meaning at token
 * level. A token with no wordpiece (control characters, or text the deadline kept the tagger from
 * reading) is certain {@link TaggerLabel#O}. Immutable and thread-safe.
 */
public final class TokenRoleProbabilities implements LabelDistributions {
  private final List<Token> tokens;
  private final WordpieceProbabilities wordpieces;
  private final int[] representative;

  private TokenRoleProbabilities(List<Token> tokens, WordpieceProbabilities wordpieces, int[] representative) {
    this.tokens = tokens;
    this.wordpieces = wordpieces;
    this.representative = representative;
  }

  /**
   * Maps {@code probabilities} onto {@code tokens}.
   *
   * @param tokens the backend's tokens of the same text, in text order, offsets within it
   * @throws IllegalArgumentException if a token lies outside the text or the tokens are out of order
   */
  public static TokenRoleProbabilities map(WordpieceProbabilities probabilities, List<Token> tokens) {
    checkNotNull(probabilities, "probabilities");
    List<Token> copy = ImmutableList.copyOf(tokens);
    Wordpieces pieces = probabilities.wordpieces();
    int[] representative = new int[copy.size()];
    int first = 0; // the first wordpiece that ends after the previous token's begin
    int lastBegin = 0;
    for (int t = 0; t < copy.size(); t++) {
      Token token = copy.get(t);
      checkArgument(token.end() <= pieces.text().length(),
          "token %s ends at %s, past the text's length %s", t, token.end(), pieces.text().length());
      checkArgument(token.begin() >= lastBegin, "token %s begins at %s, before the previous token at %s",
          t, token.begin(), lastBegin);
      lastBegin = token.begin();
      while (first < pieces.size() && pieces.end(first) <= token.begin()) {
        first++;
      }
      representative[t] = representativeOf(pieces, probabilities, first, token);
    }
    return new TokenRoleProbabilities(copy, probabilities, representative);
  }

  private static int representativeOf(Wordpieces pieces, WordpieceProbabilities probabilities, int first, Token token) {
    int overlapping = -1;
    for (int i = first; i < pieces.size() && pieces.begin(i) < token.end(); i++) {
      if (pieces.end(i) <= token.begin()) {
        continue;
      }
      if (pieces.begin(i) >= token.begin()) {
        return probabilities.covered(i) ? i : -1;
      }
      if (overlapping < 0) {
        overlapping = i;
      }
    }
    return overlapping >= 0 && probabilities.covered(overlapping) ? overlapping : -1;
  }

  /** The tokens, in order. */
  public List<Token> tokens() {
    return tokens;
  }

  @Override
  public int size() {
    return tokens.size();
  }

  @Override
  public float probability(int i, TaggerLabel label) {
    checkElementIndex(i, representative.length, "token");
    checkNotNull(label, "label");
    int piece = representative[i];
    if (piece < 0) {
      return label == TaggerLabel.O ? 1f : 0f;
    }
    return wordpieces.probability(piece, label);
  }

  /** Whether token {@code i} has a wordpiece the tagger read. */
  public boolean covered(int i) {
    checkElementIndex(i, representative.length, "token");
    return representative[i] >= 0;
  }
}
