package org.claimspan.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Quantity;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Claim figures on hand-made gold and predictions (no model loaded). */
class ClaimScoreSheetTest {
  private static final String TEXT = "Smith said taxes rose 40 percent. Prices might fall. The sky is blue. "
      + "Jones said 3 dogs barked. Officials said 2 roads closed. Lee said rents fell by half.";

  private final List<Attribution> attributions = new ArrayList<>();

  @Test
  void countsMatchesClaimantsQuantitiesHedgesAndCheckWorthinessOnMatchedClaims() {
    GoldClaim taxes = gold("taxes rose 40 percent", "John Smith", false, true, "40 percent");
    GoldClaim prices = gold("Prices might fall", null, true, false);
    GoldClaim dogs = gold("3 dogs barked", "Jones", false, true, "3");
    GoldClaim roads = gold("2 roads closed", GoldClaim.ANONYMOUS, false, true, "2");
    GoldClaim rents = gold("rents fell by half", "Ann Lee", false, true);

    List<Claim> predicted = List.of(
        claim("taxes rose 40 percent", "John Smith", SpeakerType.PERSON, 0.9, "40"),
        claim("Prices might fall", null, null, 0.2),
        claim("The sky is blue", null, null, 0.7),
        claim("2 roads closed", "Officials", SpeakerType.ANONYMOUS, 0.6, "2"),
        claim("rents fell by half", "Tom Brown", SpeakerType.PERSON, 0.1));
    ExtractionResult result = new ExtractionResult(Document.of("d", TEXT), List.of(), attributions, predicted,
        List.of(), List.of(), Map.of());

    ClaimScoreSheet sheet = new ClaimScoreSheet("test", 0.5);
    sheet.add(List.of(taxes, prices, dogs, roads, rents), result);
    ClaimScores scores = sheet.scores();

    assertThat(scores.claims()).isEqualTo(Prf.of(5, 4, 5, 4));
    assertThat(scores.attributed()).isEqualTo(Prf.of(3, 3, 4, 3)); // dogs missed
    assertThat(scores.author()).isEqualTo(Prf.of(2, 1, 1, 1)); // the sky is no gold claim
    assertThat(scores.claimant()).isEqualTo(Accuracy.of(3, 4)); // Tom Brown is not Ann Lee
    assertThat(scores.quantities()).isEqualTo(Prf.of(2, 1, 2, 1)); // "40" is not "40 percent"
    assertThat(scores.quantitiesOverlapping()).isEqualTo(Prf.of(2, 2, 2, 2));
    assertThat(scores.hedged()).isEqualTo(Accuracy.of(3, 4)); // prices is hedged in gold only
    assertThat(scores.checkworthy()).isEqualTo(Prf.of(2, 2, 3, 2)); // rents scored under the threshold

    ClaimErrors errors = sheet.errors().get(0);
    assertThat(errors.misses()).containsExactly(dogs);
    assertThat(errors.falsePositives()).extracting(c -> c.content().text()).containsExactly("The sky is blue");
    assertThat(errors.wrong()).extracting(pair -> pair.gold().content().text(), ClaimErrors.Pair::claimantRight,
            ClaimErrors.Pair::quantitiesRight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("taxes rose 40 percent", true, false),
            org.assertj.core.groups.Tuple.tuple("rents fell by half", false, true));
  }

  @Test
  void anAuthorClaimIsNoSourcesClaimAndTheOtherWayRound() {
    GoldClaim said = gold("taxes rose 40 percent", "John Smith", false, true);
    GoldClaim own = gold("The sky is blue", null, false, false);
    List<Claim> predicted = List.of(claim("taxes rose 40 percent", null, null, 0.9),
        claim("The sky is blue", "Officials", SpeakerType.ANONYMOUS, 0.1));
    ExtractionResult result = new ExtractionResult(Document.of("d", TEXT), List.of(), attributions, predicted,
        List.of(), List.of(), Map.of());

    ClaimScoreSheet sheet = new ClaimScoreSheet("test", 0.5);
    sheet.add(List.of(said, own), result);

    assertThat(sheet.scores().claims().f1()).isEqualTo(1.0);
    assertThat(sheet.scores().claimant()).isEqualTo(Accuracy.of(0, 2));
  }

  private static EvalSpan span(String part) {
    return EvalSpan.of(textSpan(part));
  }

  private static TextSpan textSpan(String part) {
    int begin = TEXT.indexOf(part);
    return TextSpan.of(TEXT, begin, begin + part.length());
  }

  private static GoldClaim gold(String part, String claimant, boolean hedged, boolean checkworthy,
      String... quantities) {
    List<EvalSpan> spans = java.util.Arrays.stream(quantities).map(ClaimScoreSheetTest::span).toList();
    return new GoldClaim(span(part), Optional.ofNullable(claimant), spans, hedged, checkworthy);
  }

  /** A predicted claim: the author's when {@code claimant} is null, else said by a speaker of that type. */
  private Claim claim(String part, String claimant, SpeakerType type, double score, String... quantities) {
    List<Quantity> qs = java.util.Arrays.stream(quantities).map(q -> new Quantity(textSpan(q),
        OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty())).toList();
    Optional<String> attribution = Optional.empty();
    if (claimant != null) {
      String id = "a" + (attributions.size() + 1);
      Speaker speaker = new Speaker(textSpan(part), claimant, type, Optional.empty(), Optional.empty(), Optional.empty());
      attributions.add(new Attribution(id, AttributionKind.INDIRECT, Optional.empty(), Optional.of(speaker),
          Optional.empty(), textSpan(part), List.of(), 0.9));
      attribution = Optional.of(id);
    }
    return new Claim("c", textSpan(part), part, Optional.ofNullable(claimant), attribution, qs, false, false, score,
        Optional.empty(), ClaimType.OTHER, List.of());
  }
}
