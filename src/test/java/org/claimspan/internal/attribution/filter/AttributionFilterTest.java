package org.claimspan.internal.attribution.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;

/** The packaged attribution model loads, and the accurate profile uses it to judge candidates. */
class AttributionFilterTest {

  @Test
  void packagedModelLoadsWithItsThreshold() {
    Optional<AttributionFilter> filter = AttributionFilter.packaged();

    assertThat(filter).isPresent();
    assertThat(filter.get().threshold()).isGreaterThan(0.0).isLessThan(1.0);
  }

  @Test
  void theModelSeparatesAReportFromAnIntentionWithABareObject() {
    AttributionFilter filter = AttributionFilter.fromClasspath();
    double said = filter.score(List.of("bias", "lemma=say", "class=SPEECH", "form=VERB", "kind=INDIRECT",
        "pos=VBD", "rel=root", "source=name", "contentFirst=that", "contentClause=true", "lemma+contentClause=say|true"));
    double seeking = filter.score(List.of("bias", "lemma=seek", "class=INTENTION", "form=VERB", "kind=INDIRECT",
        "pos=VBG", "rel=advcl", "source=pronoun", "contentWords=1-2", "contentClause=false",
        "lemma+contentClause=seek|false"));

    assertThat(said).isGreaterThanOrEqualTo(filter.threshold());
    assertThat(seeking).isLessThan(said);
  }

  @Test
  void extractionKeepsOnlyCandidatesTheModelAcceptsAndReportsItsProbability() {
    AttributionFilter filter = AttributionFilter.fromClasspath();
    ExtractionResult result = Extractors.accurate().extract(Document.of("filter",
        "The minister said that the new bridge would open in May. Critics argued the cost was too high."));

    List<Attribution> cued = result.attributions().stream().filter(a -> a.cue().isPresent()).toList();
    assertThat(cued).extracting(a -> a.cue().get().span().text()).containsExactly("said", "argued");
    // the rules' fixed confidences (0.9 for a verb with a source) are replaced by the model's score
    assertThat(cued).allSatisfy(a -> assertThat(a.confidence()).isGreaterThanOrEqualTo(filter.threshold()));
    assertThat(cued).anySatisfy(a -> assertThat(a.confidence()).isNotEqualTo(0.9));
  }
}
