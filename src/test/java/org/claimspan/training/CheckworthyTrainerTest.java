package org.claimspan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.claimspan.eval.corpus.LabelledSentence;
import org.junit.jupiter.api.Test;

class CheckworthyTrainerTest {

  @Test
  void idsSortNumericallyThenTheRestAsStrings() {
    List<LabelledSentence> sentences = List.of(sentence("100"), sentence("9"), sentence("b"), sentence("11"), sentence("a"));
    assertThat(CheckworthyTrainer.oldestFirst(sentences)).extracting(LabelledSentence::id)
        .containsExactly("9", "11", "100", "a", "b");
  }

  @Test
  void theThresholdIsPickedOnTheNewestShareAndTheModelSeesEverything() throws IOException {
    List<LabelledSentence> train = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean yes = i % 3 == 0;
      String text = yes ? "Unemployment rose by " + i + " percent in 2019." : "Thank you, it is good to be here tonight.";
      train.add(new LabelledSentence(Integer.toString(i), text, yes));
    }
    List<LabelledSentence> dev = train.subList(0, 30);
    CheckworthyTrainer.Result result =
        new CheckworthyTrainer().train(train, dev, new CheckworthyTrainer.Settings(30, 0, 1.0, 0.1));
    assertThat(result.holdoutSentences()).isEqualTo(20);
    assertThat(result.trainSentences()).isEqualTo(200);
    assertThat(result.holdout().f1()).isEqualTo(1.0); // separable data: the held-out tail is sorted right
    assertThat(result.dev().threshold()).isEqualTo(result.threshold());
  }

  @Test
  void settingsRefuseAHoldoutOutsideZeroToOne() {
    assertThatThrownBy(() -> new CheckworthyTrainer.Settings(10, 1, 1.0, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout");
  }

  private static LabelledSentence sentence(String id) {
    return new LabelledSentence(id, "text " + id, false);
  }
}
