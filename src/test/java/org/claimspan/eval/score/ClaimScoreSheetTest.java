package org.claimspan.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Claim scoring on hand-counted cases. */
class ClaimScoreSheetTest {
  private static final String TEXT =
      "Smith said taxes rose 40 percent. Prices might fall. The sky is blue. Jones said 3 dogs barked.";

  @Test
  void countsMatchesClaimantsQuantitiesHedgesAndCheckWorthiness() {
    GoldClaim taxes = new GoldClaim(span("taxes rose 40 percent"), Optional.of("John Smith"),
        List.of(span("40 percent")), false, true);
    GoldClaim prices = new GoldClaim(span("Prices might fall"), Optional.empty(), List.of(), true, false);
    GoldClaim dogs = new GoldClaim(span("3 dogs barked"), Optional.of("Jones"), List.of(span("3")), false, true);

    Claim predictedTaxes = claim("taxes rose 40 percent", Optional.of("Smith"), 0.9, false, "40 percent");
    Claim predictedPrices = claim("Prices might fall", Optional.empty(), 0.2, false);
    Claim predictedSky = claim("The sky is blue", Optional.empty(), 0.7, false);

    ClaimScoreSheet sheet = new ClaimScoreSheet("test", 0.5);
    sheet.add(List.of(taxes, prices, dogs), List.of(predictedTaxes, predictedPrices, predictedSky));
    ClaimScores scores = sheet.scores();

    assertThat(scores.claims().precision()).isEqualTo(2 / 3.0);
    assertThat(scores.claims().recall()).isEqualTo(2 / 3.0);
    assertThat(scores.claimant().correct()).isEqualTo(1); // "Smith" is not "John Smith"
    assertThat(scores.claimant().total()).isEqualTo(2);
    assertThat(scores.hedged().correct()).isEqualTo(1); // prices is hedged in gold only
    assertThat(scores.quantities().precision()).isEqualTo(1.0);
    assertThat(scores.quantities().recall()).isEqualTo(0.5); // "3" sits in an unmatched claim
    assertThat(scores.checkworthy().predicted()).isEqualTo(2); // taxes and sky
    assertThat(scores.checkworthy().correctPredicted()).isEqualTo(1);
    assertThat(scores.checkworthy().gold()).isEqualTo(2);
    assertThat(scores.checkworthy().foundGold()).isEqualTo(1);
  }

  private static EvalSpan span(String part) {
    int begin = TEXT.indexOf(part);
    return EvalSpan.of(TextSpan.of(TEXT, begin, begin + part.length()));
  }

  private static Claim claim(String part, Optional<String> claimant, double score, boolean hedged, String... quantities) {
    int begin = TEXT.indexOf(part);
    List<Quantity> qs = java.util.Arrays.stream(quantities).map(q -> {
      int b = TEXT.indexOf(q);
      return new Quantity(TextSpan.of(TEXT, b, b + q.length()), OptionalDouble.empty(), OptionalDouble.empty(),
          Optional.empty(), Optional.empty());
    }).toList();
    return new Claim("c", TextSpan.of(TEXT, begin, begin + part.length()), part, claimant, Optional.empty(), qs,
        hedged, false, score, Optional.empty(), ClaimType.OTHER, List.of());
  }
}
