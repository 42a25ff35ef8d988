package org.claimspan;

import static org.claimspan.testing.ResultAssert.assertThat;

import org.claimspan.model.AttributionKind;
import org.claimspan.model.SpeakerType;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;

/**
 * The fast profile's part-of-speech patterns (no parser, no NER) on sentences written for the
 * test, with the real OpenNLP models.
 */
class FastProfilePatternsTest {

  private static ExtractionResult extract(String text) {
    ExtractionResult result = Extractors.fast().extract(Document.of("t", text));
    SpanInvariants.check(result);
    org.assertj.core.api.Assertions.assertThat(result.diagnostics())
        .as("a backend without a parser is not reported sentence by sentence")
        .noneMatch(d -> d.code().equals("sentence-not-parsed"));
    return result;
  }

  @Test
  void subjectSaidThatClause() {
    assertThat(extract("The finance minister said that inflation had fallen to 3 percent in June."))
        .hasAttribution().withSource("The finance minister").withCue("said").withKind(AttributionKind.INDIRECT)
        .withContentStartingWith("that inflation had fallen");
  }

  @Test
  void cueKeepsItsAuxiliaries() {
    assertThat(extract("The senator has argued that the law is unconstitutional."))
        .hasAttribution().withCue("has argued").withSource("The senator");
  }

  @Test
  void timePhraseBeforeThat() {
    assertThat(extract("Mayor Ana Ruiz said on Monday that the bridge would reopen."))
        .hasAttribution().withCue("said").withContentStartingWith("that the bridge would reopen")
        .withSpeaker("Ana Ruiz").withSpeakerType(SpeakerType.PERSON);
  }

  @Test
  void closingCueTakesTheSentenceBefore() {
    assertThat(extract("The plan failed because nobody paid for it, officials said."))
        .hasAttribution().withSource("officials").withCue("said")
        .withContentStartingWith("The plan failed").withSpeakerType(SpeakerType.ANONYMOUS);
  }

  @Test
  void directQuoteBeforeTheCueWithPronounResolvedByRecency() {
    assertThat(extract("Senator Tom Hale spoke to reporters on Monday.\n"
            + "\u201CWe will not accept these cuts,\u201D he said."))
        .hasAttribution().withSource("he").withSpeaker("Tom Hale").withCue("said")
        .withKind(AttributionKind.DIRECT).withContentContaining("We will not accept these cuts");
  }

  @Test
  void invertedSourceAfterTheCue() {
    assertThat(extract("\u201CPrices will rise again next year,\u201D said Jane Roe, an analyst."))
        .hasAttribution().withCue("said").withSource("Jane Roe, an analyst").withKind(AttributionKind.DIRECT);
  }

  @Test
  void relativeClauseIsLeftOutOfTheSpeaker() {
    // whether the source as written keeps the clause is the boundary model's call (PolNeAR keeps a
    // speaker's relative clause more often than not); who speaks is the mayor either way
    assertThat(extract("The mayor, who took office in May, said the budget was balanced."))
        .hasAttribution().withSpeaker("mayor").withCue("said").withContentStartingWith("the budget was balanced");
  }

  @Test
  void accordingToIntroducesAReport() {
    assertThat(extract("The factory will close in March, according to the Labor Department."))
        .hasAttribution().withCue("according to").withSource("the Labor Department")
        .withContentStartingWith("The factory will close in March");
  }

  @Test
  void participleAfterACommaTakesTheOpeningSubject() {
    assertThat(extract("The governor vetoed the bill, saying that it would raise taxes."))
        .hasAttribution().withSource("The governor").withCue("saying").withContentStartingWith("that it would raise taxes");
  }

  @Test
  void passiveRaisingVerbReportsNobody() {
    ExtractionResult result = extract("The two leaders are expected to meet in Geneva next week.");
    org.assertj.core.api.Assertions.assertThat(result.attributions()).isEmpty();
  }

  @Test
  void surnameLinksToTheFullName() {
    assertThat(extract("Mayor Denise Okafor defended the plan on Tuesday. Okafor said the budget was balanced."))
        .hasAttribution().withSource("Okafor").withSpeaker("Denise Okafor").withSpeakerType(SpeakerType.PERSON);
  }
}
