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
}
