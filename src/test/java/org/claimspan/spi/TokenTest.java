package org.claimspan.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {
  private static Token tagged(String pos) {
    return new Token(0, 0, 0, 4, "word", pos, "word", "O", -1, "");
  }

  @Test
  void finiteVerbsAreThePastAndPresentTensesAndModals() {
    assertThat(tagged("VBD").isFiniteVerb()).isTrue();
    assertThat(tagged("VBZ").isFiniteVerb()).isTrue();
    assertThat(tagged("VBP").isFiniteVerb()).isTrue();
    assertThat(tagged("MD").isFiniteVerb()).isTrue();
    assertThat(tagged("VB").isFiniteVerb()).isFalse();
    assertThat(tagged("VBG").isFiniteVerb()).isFalse();
    assertThat(tagged("VBN").isFiniteVerb()).isFalse();
    assertThat(tagged("NN").isFiniteVerb()).isFalse();
    assertThat(tagged("").isFiniteVerb()).isFalse();
  }
}
