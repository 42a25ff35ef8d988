package org.claimspan.backend.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.claimspan.spi.Token;
import org.junit.jupiter.api.Test;

class TokenRoleProbabilitiesTest {

  private static Token token(String text, int index, int begin, int end) {
    return new Token(index, 0, begin, end, text.substring(begin, end), "", "", "O", -1, "");
  }

  /** Wordpiece i leans to labels[i] with probability 0.9; all are covered unless listed. */
  private static WordpieceProbabilities probabilities(Wordpieces pieces, TaggerLabel[] labels, int... uncovered) {
    float[] values = new float[pieces.size() * TaggerLabel.count()];
    boolean[] covered = new boolean[pieces.size()];
    java.util.Arrays.fill(covered, true);
    for (int u : uncovered) {
      covered[u] = false;
    }
    for (int i = 0; i < pieces.size(); i++) {
      float[] row = BioDecoderTest.leaning(labels[i], 0.9f);
      System.arraycopy(row, 0, values, i * TaggerLabel.count(), row.length);
    }
    return new WordpieceProbabilities(pieces, values, covered, 1, 1);
  }

  @Test
  void aTokenTakesItsFirstWordpiece() {
    // "Officials don't agree": wordpieces officials / don / ' / t / agree; tokens Officials / do / n't / agree
    String text = "Officials don't agree";
    Wordpieces pieces = new Wordpieces(text, new long[] {1, 2, 3, 4, 5}, new int[] {0, 10, 13, 14, 16},
        new int[] {9, 13, 14, 15, 21});
    TaggerLabel[] labels = {TaggerLabel.B_SOURCE, TaggerLabel.B_CUE, TaggerLabel.I_CUE, TaggerLabel.I_CUE,
        TaggerLabel.I_CUE};
    List<Token> tokens = List.of(token(text, 0, 0, 9), token(text, 1, 10, 12), token(text, 2, 12, 15),
        token(text, 3, 16, 21));
    TokenRoleProbabilities mapped = TokenRoleProbabilities.map(probabilities(pieces, labels), tokens);
    assertThat(mapped.size()).isEqualTo(4);
    assertThat(mapped.probability(0, TaggerLabel.B_SOURCE)).isEqualTo(0.9f);
    assertThat(mapped.probability(1, TaggerLabel.B_CUE)).isEqualTo(0.9f); // "do" begins "don"
    assertThat(mapped.probability(2, TaggerLabel.I_CUE)).isEqualTo(0.9f); // "n't" takes "'", which begins in it
    assertThat(mapped.roleProbability(3, AttributionRole.CUE)).isCloseTo(0.9f + 0.1f / 6, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(new BioDecoder().decode(mapped)).extracting(TaggedSpan::role, TaggedSpan::first, TaggedSpan::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AttributionRole.SOURCE, 0, 1),
            org.assertj.core.groups.Tuple.tuple(AttributionRole.CUE, 1, 4));
  }

  @Test
  void tokensWithoutAReadWordpieceAreCertainlyOutside() {
    String text = "a \u0007 b c";
    Wordpieces pieces = new Wordpieces(text, new long[] {1, 2, 3}, new int[] {0, 4, 6}, new int[] {1, 5, 7});
    TaggerLabel[] labels = {TaggerLabel.B_CUE, TaggerLabel.B_CUE, TaggerLabel.B_CUE};
    List<Token> tokens = new ArrayList<>(List.of(token(text, 0, 0, 1), token(text, 1, 2, 3), token(text, 2, 4, 5),
        token(text, 3, 6, 7)));
    TokenRoleProbabilities mapped = TokenRoleProbabilities.map(probabilities(pieces, labels, 2), tokens);
    assertThat(mapped.covered(0)).isTrue();
    assertThat(mapped.covered(1)).isFalse(); // the control character has no wordpiece
    assertThat(mapped.covered(3)).isFalse(); // its wordpiece was not read
    assertThat(mapped.probability(1, TaggerLabel.O)).isEqualTo(1f);
    assertThat(mapped.probability(3, TaggerLabel.O)).isEqualTo(1f);
    assertThat(mapped.probability(2, TaggerLabel.B_CUE)).isEqualTo(0.9f);
  }

  @Test
  void tokensOutsideTheTextOrOutOfOrderFailWithTheValues() {
    String text = "a b";
    Wordpieces pieces = new Wordpieces(text, new long[] {1}, new int[] {0}, new int[] {1});
    WordpieceProbabilities p = probabilities(pieces, new TaggerLabel[] {TaggerLabel.O});
    Token past = new Token(0, 0, 2, 9, "bbbbbbb", "", "", "O", -1, "");
    assertThatThrownBy(() -> TokenRoleProbabilities.map(p, List.of(past))).hasMessageContaining("9");
    assertThatThrownBy(() -> TokenRoleProbabilities.map(p, List.of(token(text, 0, 2, 3), token(text, 1, 0, 1))))
        .hasMessageContaining("begins at 0");
  }
}
