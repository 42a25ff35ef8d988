package org.claimspan.internal.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.backend.opennlp.OpenNlpBackend;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Token lookups by character span, on text analysed by the real OpenNLP models. */
class DependencyTreeTest {
  private static final String TEXT = "She\u2019s predicting a win in Nevada.";

  private static DependencyTree tree() {
    return new DependencyTree(new OpenNlpBackend().analyze(TEXT, List.of(TextSpan.of(TEXT, 0, TEXT.length())), 200));
  }

  @Test
  void aSpanCutInsideATokenHasNoTokensInsideItButTheTokenItOverlaps() {
    DependencyTree tree = tree();
    assertThat(tree.token(0).word()).isEqualTo("She\u2019s"); // the tokenizer keeps the contraction whole
    assertThat(tree.tokenRange(0, 3)).isNull();
    assertThat(tree.tokenRangeCovering(0, 3)).containsExactly(0, 0);
  }

  @Test
  void whereWholeTokensLieInsideTheSpanBothLookupsAgree() {
    DependencyTree tree = tree();
    int begin = TEXT.indexOf("predicting");
    int end = TEXT.indexOf(" in");
    assertThat(tree.tokenRange(begin, end)).containsExactly(1, 3);
    assertThat(tree.tokenRangeCovering(begin, end)).containsExactly(1, 3);
    assertThat(tree.tokenRangeCovering(TEXT.length(), TEXT.length())).isNull();
  }
}
