package org.claimspan.eval.score;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.OptionalInt;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Claim;
import org.claimspan.model.Quantity;

/**
 * Accumulates {@link ClaimScores} over documents: a system's {@link Claim}s against the gold
 * claims. Not thread-safe; one sheet per system, filled from one thread.
 */
public final class ClaimScoreSheet {
  /** Share of the gold content a predicted claim must cover to match it. */
  static final double COVERAGE = 0.5;

  private final String system;
  private final double threshold;
  private final Counts claims = new Counts();
  private final Counts quantities = new Counts();
  private final Counts checkworthy = new Counts();
  private int claimantCorrect;
  private int hedgedCorrect;
  private int matched;

  /**
   * @param system the system's name
   * @param threshold check-worthiness at or above which a predicted claim counts as check-worthy
   */
  public ClaimScoreSheet(String system, double threshold) {
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    this.system = system;
    this.threshold = threshold;
  }

  /** Scores one document's predicted claims against its gold claims. */
  public void add(List<GoldClaim> gold, List<Claim> predicted) {
    ContentMatching matching = ContentMatching.matchSpans(
        gold.stream().map(GoldClaim::content).toList(),
        predicted.stream().map(c -> EvalSpan.of(c.content())).toList(),
        COVERAGE);
    claims.predicted += predicted.size();
    claims.correctPredicted += matching.matchedPairs();
    claims.gold += gold.size();
    claims.foundGold += matching.matchedPairs();
    for (int p = 0; p < predicted.size(); p++) {
      if (predicted.get(p).checkworthiness() >= threshold) {
        checkworthy.predicted++;
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      GoldClaim goldClaim = gold.get(g);
      if (goldClaim.checkworthy()) {
        checkworthy.gold++;
      }
      OptionalInt p = matching.predFor(g);
      if (p.isEmpty()) {
        quantities.gold += goldClaim.quantities().size();
        continue;
      }
      Claim claim = predicted.get(p.getAsInt());
      matched++;
      if (claim.checkworthiness() >= threshold && goldClaim.checkworthy()) {
        checkworthy.correctPredicted++;
        checkworthy.foundGold++;
      }
      if (sameClaimant(goldClaim, claim)) {
        claimantCorrect++;
      }
      if (claim.hedged() == goldClaim.hedged()) {
        hedgedCorrect++;
      }
      addQuantities(goldClaim.quantities(), claim.quantities());
    }
  }

  /** The figures so far. */
  public ClaimScores scores() {
    return new ClaimScores(
        system,
        claims.toPrf(),
        Accuracy.of(claimantCorrect, matched),
        quantities.toPrf(),
        Accuracy.of(hedgedCorrect, matched),
        checkworthy.toPrf(),
        threshold);
  }

  private static boolean sameClaimant(GoldClaim gold, Claim claim) {
    if (gold.claimant().isEmpty() || claim.claimant().isEmpty()) {
      return gold.claimant().isEmpty() && claim.claimant().isEmpty();
    }
    return SpeakerNames.matches(claim.claimant().get(), gold.claimant().get(), List.of());
  }

  private void addQuantities(List<EvalSpan> gold, List<Quantity> predicted) {
    List<EvalSpan> spans = predicted.stream().map(q -> EvalSpan.of(q.span())).toList();
    quantities.predicted += spans.size();
    quantities.gold += gold.size();
    quantities.correctPredicted += (int) spans.stream().filter(s -> overlapsAny(s, gold)).count();
    quantities.foundGold += (int) gold.stream().filter(g -> overlapsAny(g, spans)).count();
  }

  private static boolean overlapsAny(EvalSpan span, List<EvalSpan> others) {
    return others.stream().anyMatch(o -> o.overlap(span) > 0);
  }
}
