package org.claimspan.internal.attribution.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The features a candidate has among the other candidates of its document. */
class RivalFeaturesTest {
  private static final String TEXT = "Officials said the plan failed, he added, and she believes the vote was rigged.";

  private static TextSpan span(String words) {
    int begin = TEXT.indexOf(words);
    return TextSpan.of(TEXT, begin, begin + words.length());
  }

  @Test
  void twoCuesOverOneContentAreRivalsAndTheNearerOneIsNamed() {
    RivalFeatures.Entry said = new RivalFeatures.Entry(span("said"), CueClass.SPEECH, List.of(span("the plan failed")));
    RivalFeatures.Entry added = new RivalFeatures.Entry(span("added"), CueClass.SPEECH, List.of(span("the plan failed")));
    RivalFeatures.Entry believes =
        new RivalFeatures.Entry(span("believes"), CueClass.BELIEF, List.of(span("the vote was rigged")));

    List<List<String>> features = RivalFeatures.of(List.of(said, added, believes));

    assertThat(features.get(0)).contains("rivals=1", "rivals+class=1|SPEECH", "rivalNearer=false");
    assertThat(features.get(1)).contains("rivals=1", "rivalNearer=true");
    assertThat(features.get(2)).contains("rivals=0", "cueInOtherContent=false", "holdsOtherCue=false")
        .noneMatch(f -> f.startsWith("rivalNearer"));
  }

  @Test
  void aCueInsideAnotherContentIsMarkedOnBothSides() {
    RivalFeatures.Entry outer = new RivalFeatures.Entry(span("said"), CueClass.SPEECH,
        List.of(TextSpan.of(TEXT, span("the plan").begin(), TEXT.length() - 1)));
    RivalFeatures.Entry inner =
        new RivalFeatures.Entry(span("believes"), CueClass.BELIEF, List.of(span("the vote was rigged")));

    List<List<String>> features = RivalFeatures.of(List.of(outer, inner));

    assertThat(features.get(0)).contains("holdsOtherCue=true", "cueInOtherContent=false");
    assertThat(features.get(1)).contains("cueInOtherContent=true", "holdsOtherCue=false");
  }
}
