package org.claimspan.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

class BratAnnotationParserTest {

  //                                     1         2         3         4         5         6
  //                           0123456789012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "“We won,” the mayor said. “It was close.” Critics claim fraud.";

  private static final String ANN =
      String.join(
          "\n",
          "T1\tContent 0 9;26 41\t“We won,” “It was close.”",
          "T2\tSource 10 19\tthe mayor",
          "T3\tCue 20 24\tsaid",
          "T4\tAttribution 20 24\tsaid",
          "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
          "#1\tAnnotatorNotes T1\tdiscontinuous",
          "T5\tCue 50 55\tclaim",
          "T6\tContent 56 61\tfraud",
          "T7\tAttribution-no-source 50 55\tclaim",
          "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
          "T8\tAttribution 42 49\tCritics",
          "E3\tAttribution:T8 ",
          "T9\tDiscuss 0 5\t“We w",
          "");

  @Test
  void readsDiscontinuousSpansAndOptionalSources() {
    List<EvalAttribution> gold = BratAnnotationParser.parse(ANN, TEXT, "t");

    assertThat(gold).hasSize(2);
    EvalAttribution first = gold.get(0);
    assertThat(first.content().fragments())
        .containsExactly(TextSpan.of(TEXT, 0, 9), TextSpan.of(TEXT, 26, 41));
    assertThat(first.content().fragments().get(1).text()).isEqualTo("“It was close.”");
    assertThat(first.source().orElseThrow().text()).isEqualTo("the mayor");
    assertThat(first.cue().orElseThrow().text()).isEqualTo("said");
    assertThat(first.kind()).isEqualTo(AttributionKind.DIRECT);

    EvalAttribution second = gold.get(1);
    assertThat(second.source()).isEmpty();
    assertThat(second.cue().orElseThrow().text()).isEqualTo("claim");
    assertThat(second.content().text()).isEqualTo("fraud");
    assertThat(second.kind()).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void mergesSecondContentAndIgnoresContinuationLines() {
    String ann =
        "T1\tContent 0 9\t“We won,”\nand a second line of text\nT2\tContent 26 41\t“It was close.”\n"
            + "T3\tCue 20 24\tsaid\nE1\tAttribution:T3 Cue:T3 Content:T1 Content2:T2\n";
    List<EvalAttribution> gold = BratAnnotationParser.parse(ann, TEXT, "t");

    assertThat(gold).singleElement().satisfies(a -> assertThat(a.content().length()).isEqualTo(9 + 15));
  }

  @Test
  void joinsFragmentsAndContentsThatOnlyWhitespaceSeparates() {
    String ann = "T1\tContent 26 33;34 41\t“It was close.”\nT2\tContent 50 55\tclaim\nT3\tContent 56 62\tfraud.\n"
        + "T4\tCue 20 24\tsaid\nE1\tAttribution:T4 Cue:T4 Content:T1\nE2\tAttribution:T4 Cue:T4 Content:T3 Content2:T2\n";
    List<EvalAttribution> gold = BratAnnotationParser.parse(ann, TEXT, "t");

    assertThat(gold).extracting(a -> a.content().fragments())
        .containsExactly(List.of(TextSpan.of(TEXT, 26, 41)), List.of(TextSpan.of(TEXT, 50, 62)));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    assertThatThrownBy(() -> BratAnnotationParser.parse("T1\tCue 60 99\tx\n", TEXT, "bad.ann"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.ann")
        .hasMessageContaining("60-99");
  }
}
