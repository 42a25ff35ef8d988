package org.claimspan.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The small rule-based finders of the claim layer: hedges, negation, times and claim types. */
class HedgeNegationTimeTest {
  private final HedgeFinder hedges = new HedgeFinder(List.of("might", "may", "reportedly", "expected to", "not clear"));
  private final NegationFinder negations = new NegationFinder();
  private final TimeFinder times = new TimeFinder();
  private final ClaimTypeRules types = new ClaimTypeRules();

  private static TextSpan all(String text) {
    return TextSpan.of(text, 0, text.length());
  }

  @Test
  void hedgeSpanIsTheFirstHedgeAsWritten() {
    String text = "The new actions might further deteriorate the relations, officials reportedly fear.";
    assertThat(hedges.find(text, all(text))).hasValueSatisfying(span -> {
      assertThat(span.text()).isEqualTo("might");
      assertThat(text.substring(span.begin(), span.end())).isEqualTo("might");
    });
    String phrase = "Officials are Expected  to meet in Washington.";
    assertThat(hedges.find(phrase, all(phrase))).map(TextSpan::text).contains("Expected  to");
  }

  @Test
  void noHedgeInsideWordsOrInTheMonthMay() {
    String text = "Mighty rivers flooded in May 2019 and the mayor left.";
    assertThat(hedges.find(text, all(text))).isEmpty();
  }

  @Test
  void negationWordsAndContractions() {
    for (String negated : List.of("a scope not seen since 1966", "They didn't pay.", "It never happened.",
        "No one came.", "She cannot vote.", "They won\u2019t go.")) {
      assertThat(negations.isNegated(negated, all(negated))).as(negated).isTrue();
    }
    for (String plain : List.of("Nothingness aside, the note was paid.", "He knows the notion.", "Snow fell.")) {
      assertThat(negations.isNegated(plain, all(plain))).as(plain).isFalse();
    }
  }

  @Test
  void datesAndRelativeTimes() {
    String text = "On Tuesday officials said that in recent months, since 2017 and on October 7, 2019, "
        + "as in the 1966-1976 period and three years ago, prices rose last week.";
    assertThat(times.find(text, all(text))).extracting(TextSpan::text).containsExactly(
        "Tuesday", "in recent months", "since 2017", "October 7, 2019", "1966-1976", "three years ago", "last week");
  }

  @Test
  void claimTypesByRule() {
    assertThat(types.classify("The talks might collapse", List.of(), List.of())).isEqualTo(ClaimType.PREDICTION);
    assertThat(types.classify("Prices rose because of the drought", List.of(), List.of()))
        .isEqualTo(ClaimType.CORRELATION_CAUSATION);
    assertThat(types.classify("The US introduced visa restrictions", List.of(), List.of())).isEqualTo(ClaimType.LAW_RULE);
    assertThat(types.classify("I saw the camps myself", List.of(), List.of())).isEqualTo(ClaimType.PERSONAL_EXPERIENCE);
    assertThat(types.classify("The sky was grey", List.of(), List.of())).isEqualTo(ClaimType.OTHER);
    String counted = "It added 28 organisations";
    List<Quantity> quantities = new QuantityFinder().find(counted, all(counted));
    assertThat(types.classify(counted, quantities, List.of())).isEqualTo(ClaimType.QUANTITY);
    String dated = "Not seen since the 1966-1976 Cultural Revolution";
    assertThat(types.classify(dated, new QuantityFinder().find(dated, all(dated)), times.find(dated, all(dated))))
        .as("a year range is a time, not a count").isEqualTo(ClaimType.OTHER);
  }
}
