package org.claimspan.internal.attribution.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.RuleCandidates;
import org.junit.jupiter.api.Test;

/**
 * The features the attribution filter judges a candidate by, on handwritten sentences parsed by
 * CoreNLP: where the cue sits (a condition, a relative clause), how the content hangs on the cue,
 * and what the source is.
 */
class AttributionFeaturesTest {
  /** The features of the candidate whose cue feature names {@code lemma}. */
  private static List<String> features(String text, String lemma) {
    return RuleCandidates.of(text).stream()
        .map(Candidate::features)
        .filter(f -> f.contains("lemma=" + lemma))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no candidate with cue " + lemma + " in: " + text));
  }

  @Test
  void aClausalComplementHangsOnTheCueAndRunsToTheSentenceEnd() {
    List<String> f = features("The senator said that the bill would pass next week.", "say");

    assertThat(f).contains("contentRel=ccomp", "contentHeadPos=V", "contentVerb=true", "contentToEnd=true",
        "sourceRel=nsubj", "inRelative=false", "lemma+contentFirst=say|that");
    assertThat(f).noneMatch(s -> s.startsWith("mark="));
  }

  @Test
  void aConditionOnTheCueIsAFeature() {
    List<String> f = features("If the governor says that taxes will rise, voters will leave.", "say");

    assertThat(f).contains("mark=if", "lemma+mark=say|if");
  }

  @Test
  void aCueInARelativeClauseIsMarked() {
    List<String> f = features("Voters who believe that the economy is weak stayed home on Tuesday.", "believe");

    assertThat(f).contains("inRelative=true");
  }

  @Test
  void aNamedSourceCarriesItsEntityType() {
    List<String> f = features("John Smith argued that the plan was too expensive.", "argue");

    assertThat(f).contains("sourceNer=PERSON", "source=name");
  }

  @Test
  void theWordsAroundTheCueAndTheHeadlineAreFeatures() {
    List<String> headline = features("Mayor Says Taxes Will Rise\nThe mayor did not deny that the plan had failed.", "say");
    List<String> body = features("Mayor Says Taxes Will Rise\nThe mayor did not deny that the plan had failed.", "deny");

    assertThat(headline).contains("headline=true");
    assertThat(body).contains("headline=false", "cueNextPos=IN");
    assertThat(body).contains("cuePrev=mayor");
  }
}
