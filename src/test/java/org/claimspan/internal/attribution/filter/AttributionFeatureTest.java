package org.claimspan.internal.attribution.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.claimspan.model.CueClass;
import org.junit.jupiter.api.Test;

/** Feature names as the packaged models hold them: a changed string here needs retrained models. */
class AttributionFeatureTest {

  @Test
  void aFeatureIsItsNameAndItsValuesJoinedByBars() {
    assertThat(AttributionFeature.BIAS.key()).isEqualTo("bias");
    assertThat(AttributionFeature.IN_RELATIVE.of(true)).isEqualTo("inRelative=true");
    assertThat(AttributionFeature.LEMMA_KIND.of("say", "DIRECT")).isEqualTo("lemma+kind=say|DIRECT");
    assertThat(AttributionFeature.CLASS_CONTENT_HEAD_NER.of(CueClass.SPEECH, "O", "V"))
        .isEqualTo("class+contentHeadNer=" + CueClass.SPEECH + "|O|V");
    assertThat(AttributionFeature.MARK_ABOVE.of("if")).isEqualTo("markAbove=if");
    assertThat(AttributionFeature.SOURCE.of(SourceForm.LONG_NOUN)).isEqualTo("source=longNoun");
  }

  @Test
  void aRuleFindsAFeatureByItsTypedName() {
    List<String> features = List.of("bias", "source=relative", "pos=VBG");
    assertThat(AttributionFeature.SOURCE.isIn(features, SourceForm.RELATIVE)).isTrue();
    assertThat(AttributionFeature.POS.isIn(features, "VBG")).isTrue();
    assertThat(AttributionFeature.IN_RELATIVE.isIn(features, true)).isFalse();
  }

  @Test
  void namesAreUnique() {
    assertThat(Arrays.stream(AttributionFeature.values()).map(AttributionFeature::key)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(SourceForm.values()).map(SourceForm::toString))
        .containsExactly("none", "person12", "pronoun", "relative", "other", "name", "longNoun", "noun");
  }
}
