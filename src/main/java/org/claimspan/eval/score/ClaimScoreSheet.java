package org.claimspan.eval.score;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Quantity;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;

/**
 * Accumulates {@link ClaimScores} over documents: a system's {@link Claim}s against the gold
 * claims.
 *
 * <ul>
 *   <li>Claims match one-to-one by content: a pair is a candidate when the predicted content
 *       covers at least {@link #COVERAGE} of the gold content; best coverage first ({@link
 *       ContentMatching}).
 *   <li>On matched pairs: the claimant is right when both are the author's, when the gold source
 *       is unnamed and ours is an unnamed or unresolved source, or when the names match ({@link
 *       SpeakerNames}); the hedged flag is right when equal; a quantity is right when its span is
 *       exactly a gold quantity's (one-to-one); check-worthy is ours at or above the threshold
 *       against the gold flag.
 * </ul>
 *
 * Not thread-safe; one sheet per system, filled from one thread.
 */
public final class ClaimScoreSheet {
  /** Share of the gold content a predicted claim must cover to match it. */
  public static final double COVERAGE = 0.5;

  private final String system;
  private final double threshold;
  private final Counts claims = new Counts();
  private final Counts attributed = new Counts();
  private final Counts author = new Counts();
  private final Counts quantities = new Counts();
  private final Counts quantitiesOverlapping = new Counts();
  private final Counts checkworthy = new Counts();
  private final List<ClaimErrors> errors = new ArrayList<>();
  private int claimantCorrect;
  private int hedgedCorrect;
  private int matched;

  /**
   * @param system the system's name; not null
   * @param threshold check-worthiness at or above which a predicted claim counts as check-worthy
   */
  public ClaimScoreSheet(String system, double threshold) {
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    this.system = checkNotNull(system, "system");
    this.threshold = threshold;
  }

  /** Scores one document's claims in {@code result} against its gold claims. */
  public void add(List<GoldClaim> gold, ExtractionResult result) {
    List<Claim> predicted = result.claims();
    ContentMatching matching = ContentMatching.matchSpans(
        gold.stream().map(GoldClaim::content).toList(),
        predicted.stream().map(c -> EvalSpan.of(c.content())).toList(),
        COVERAGE);
    claims.predicted += predicted.size();
    claims.correctPredicted += matching.matchedPairs();
    claims.gold += gold.size();
    claims.foundGold += matching.matchedPairs();
    List<GoldClaim> misses = new ArrayList<>();
    List<Claim> falsePositives = new ArrayList<>();
    List<ClaimErrors.Pair> wrong = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Counts kind = predicted.get(p).attributionId().isPresent() ? attributed : author;
      kind.predicted++;
      if (matching.isPredMatched(p)) {
        kind.correctPredicted++;
      } else {
        falsePositives.add(predicted.get(p));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      GoldClaim goldClaim = gold.get(g);
      Counts kind = goldClaim.attributed() ? attributed : author;
      kind.gold++;
      OptionalInt p = matching.predFor(g);
      if (p.isEmpty()) {
        misses.add(goldClaim);
        continue;
      }
      kind.foundGold++;
      Claim claim = predicted.get(p.getAsInt());
      matched++;
      boolean claimantRight = sameClaimant(goldClaim, claim, result);
      claimantCorrect += claimantRight ? 1 : 0;
      hedgedCorrect += claim.hedged() == goldClaim.hedged() ? 1 : 0;
      boolean quantitiesRight = addQuantities(goldClaim.quantities(), claim.quantities());
      boolean worthy = claim.checkworthiness() >= threshold;
      checkworthy.predicted += worthy ? 1 : 0;
      checkworthy.gold += goldClaim.checkworthy() ? 1 : 0;
      if (worthy && goldClaim.checkworthy()) {
        checkworthy.correctPredicted++;
        checkworthy.foundGold++;
      }
      if (!claimantRight || !quantitiesRight) {
        wrong.add(new ClaimErrors.Pair(goldClaim, claim, claimantRight, quantitiesRight));
      }
    }
    errors.add(new ClaimErrors(result.document().id(), misses, falsePositives, wrong));
  }

  /** The figures so far. */
  public ClaimScores scores() {
    return new ClaimScores(
        system,
        claims.toPrf(),
        attributed.toPrf(),
        author.toPrf(),
        Accuracy.of(claimantCorrect, matched),
        quantities.toPrf(),
        quantitiesOverlapping.toPrf(),
        Accuracy.of(hedgedCorrect, matched),
        checkworthy.toPrf(),
        threshold);
  }

  /** The misses, false positives and matched claims with a wrong claimant or quantities, per document. */
  public List<ClaimErrors> errors() {
    return List.copyOf(errors);
  }

  private static boolean sameClaimant(GoldClaim gold, Claim claim, ExtractionResult result) {
    if (!gold.attributed()) {
      return claim.attributionId().isEmpty();
    }
    if (claim.attributionId().isEmpty()) {
      return false;
    }
    if (gold.anonymous()) {
      Optional<Speaker> speaker = claim.attributionId().flatMap(result::attribution).flatMap(Attribution::speaker);
      return speaker.map(s -> s.type() == SpeakerType.ANONYMOUS || s.type() == SpeakerType.UNKNOWN).orElse(true);
    }
    return claim.claimant().map(name -> SpeakerNames.matches(name, gold.claimant().get(), List.of())).orElse(false);
  }

  /** Counts one matched pair's quantities; whether they are all right. */
  private boolean addQuantities(List<EvalSpan> gold, List<Quantity> predicted) {
    List<EvalSpan> spans = predicted.stream().map(q -> EvalSpan.of(q.span())).toList();
    int exact = oneToOne(gold, spans, true);
    int overlapping = oneToOne(gold, spans, false);
    quantities.predicted += spans.size();
    quantities.gold += gold.size();
    quantities.correctPredicted += exact;
    quantities.foundGold += exact;
    quantitiesOverlapping.predicted += spans.size();
    quantitiesOverlapping.gold += gold.size();
    quantitiesOverlapping.correctPredicted += overlapping;
    quantitiesOverlapping.foundGold += overlapping;
    return exact == gold.size() && exact == spans.size();
  }

  /** How many gold spans pair with a predicted one, each used once: equal spans, or overlapping ones. */
  private static int oneToOne(List<EvalSpan> gold, List<EvalSpan> predicted, boolean exact) {
    boolean[] used = new boolean[predicted.size()];
    int pairs = 0;
    for (EvalSpan g : gold) {
      for (int p = 0; p < predicted.size(); p++) {
        EvalSpan candidate = predicted.get(p);
        boolean fits = exact
            ? g.begin() == candidate.begin() && g.end() == candidate.end()
            : g.overlap(candidate) > 0;
        if (!used[p] && fits) {
          used[p] = true;
          pairs++;
          break;
        }
      }
    }
    return pairs;
  }
}
