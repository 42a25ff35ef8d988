package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimspan.model.Claim;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;

/** The statements claims are rendered as, on sentences written for the test, with real models. */
class ClaimStatementTest {

  private static ExtractionResult extract(String text) {
    ExtractionResult result = Extractors.accurate().extract(Document.of("t", text));
    SpanInvariants.check(result);
    return result;
  }

  @Test
  void aCueThatInterruptsTheSentenceSplitsTheContentButNotTheClaim() {
    String text = "The new museum, the mayor said on Tuesday, would draw two million visitors a year.";
    ExtractionResult result = extract(text);

    assertThat(result.claims()).anySatisfy(claim -> {
      assertThat(claim.statement()).isEqualTo("The mayor said the new museum would draw two million visitors a year.");
      assertThat(claim.content().text()).startsWith("The new museum").endsWith("two million visitors a year");
      assertThat(claim.quantities()).isNotEmpty();
    });
    assertThat(result.claims()).extracting(Claim::statement).noneMatch(s -> s.contains("said would"));
  }

  @Test
  void aDirectQuoteInTheFirstPersonStaysAQuotation() {
    ExtractionResult result = extract(
        "Governor Ellen Grant spoke on Monday. Grant said: \u201CIt has been the honour of my life to serve this state.\u201D");

    assertThat(result.claims()).extracting(Claim::statement)
        .contains("Grant said: \u201CIt has been the honour of my life to serve this state.\u201D");
  }

  @Test
  void anIndirectReportLeavesOutTheConjunctionThatTiedItToTheSentenceBefore() {
    ExtractionResult result = extract("The council approved the plan on Tuesday. "
        + "But the city cannot afford a new stadium, Mayor Tom Lund said.");

    assertThat(result.claims()).extracting(Claim::statement)
        .contains("Lund said the city cannot afford a new stadium.")
        .noneMatch(statement -> statement.contains("said but"));
  }

  @Test
  void anAuthorClaimIsItsSentence() {
    ExtractionResult result = extract("But unemployment fell to 4.2 percent in March, the lowest rate in a decade.");

    assertThat(result.claims()).singleElement().satisfies(claim -> {
      assertThat(claim.claimant()).isEmpty();
      assertThat(claim.statement()).isEqualTo("But unemployment fell to 4.2 percent in March, the lowest rate in a decade.");
    });
  }

  @Test
  void aStatementAddsNothingButTheClaimantAndSaid() {
    ExtractionResult result = extract("\u201CThe new line,\u201D Transport Minister Sara Okafor said on Friday, "
        + "\u201Cwill carry 40,000 passengers a day.\u201D She added that fares would also fall by 10 percent. "
        + "And the old depot will close, officials said.");

    assertThat(result.claims()).hasSizeGreaterThanOrEqualTo(2);
    for (Claim claim : result.claims()) {
      int name = claim.claimant().map(String::length).orElse("Someone".length());
      // the content (the cue inside it for an interrupted quote), the name, " said", ": ", two quote marks, a stop
      int bound = claim.content().length() + name + " said".length() + ": ".length() + 3;
      assertThat(claim.statement().length()).as(claim.statement()).isLessThanOrEqualTo(bound);
    }
  }
}
