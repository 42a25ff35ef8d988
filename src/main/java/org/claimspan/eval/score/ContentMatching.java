package org.claimspan.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;

/**
 * A greedy one-to-one matching of predicted to gold attributions (or claims) by content overlap: a pair is a
 * candidate when the overlap covers at least {@code threshold} of the gold content; candidates are
 * taken best coverage first (ties: higher share of the prediction, then document order), each gold
 * and each prediction used at most once. Immutable once built; thread-safe.
 */
final class ContentMatching {

  private final int[] goldToPred;
  private final int[] predToGold;

  private ContentMatching(int[] goldToPred, int[] predToGold) {
    this.goldToPred = goldToPred;
    this.predToGold = predToGold;
  }

  static ContentMatching match(List<EvalAttribution> gold, List<EvalAttribution> pred, double threshold) {
    return matchSpans(
        gold.stream().map(EvalAttribution::content).toList(),
        pred.stream().map(EvalAttribution::content).toList(),
        threshold);
  }

  /** The same matching over bare content spans (claims, say). */
  static ContentMatching matchSpans(List<EvalSpan> gold, List<EvalSpan> pred, double threshold) {
    record Candidate(int g, int p, double coverage, double precision) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      EvalSpan gc = gold.get(g);
      if (gc.length() == 0) {
        continue;
      }
      for (int p = 0; p < pred.size(); p++) {
        EvalSpan pc = pred.get(p);
        int overlap = gc.overlap(pc);
        double coverage = (double) overlap / gc.length();
        if (overlap > 0 && coverage >= threshold) {
          candidates.add(new Candidate(g, p, coverage, (double) overlap / Math.max(1, pc.length())));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::coverage)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::precision).reversed())
            .thenComparingInt(Candidate::g)
            .thenComparingInt(Candidate::p));
    int[] goldToPred = new int[gold.size()];
    int[] predToGold = new int[pred.size()];
    Arrays.fill(goldToPred, -1);
    Arrays.fill(predToGold, -1);
    for (Candidate c : candidates) {
      if (goldToPred[c.g()] < 0 && predToGold[c.p()] < 0) {
        goldToPred[c.g()] = c.p();
        predToGold[c.p()] = c.g();
      }
    }
    return new ContentMatching(goldToPred, predToGold);
  }

  /** The prediction matched to gold item {@code g}, if any. */
  OptionalInt predFor(int g) {
    return goldToPred[g] < 0 ? OptionalInt.empty() : OptionalInt.of(goldToPred[g]);
  }

  /** Whether prediction {@code p} is matched. */
  boolean isPredMatched(int p) {
    return predToGold[p] >= 0;
  }

  /** Number of matched pairs. */
  int matchedPairs() {
    return (int) Arrays.stream(goldToPred).filter(p -> p >= 0).count();
  }
}
