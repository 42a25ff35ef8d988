package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the most probable label sequence in which an I- label only follows its own role's B- or
 * I- (a constrained Viterbi over per-item probabilities, no learned transitions), and reads spans
 * off it. Plain argmax breaks long contents into pieces wherever one inner wordpiece leans to O or
 * to another role; the constraint keeps a span whole unless breaking it is the likelier reading.
 * Stateless and thread-safe; linear in the number of items.
 */
public final class BioDecoder {
  private static final int LABELS = TaggerLabel.count();
  /** Floor under probabilities before taking logs, so a zero never makes a path impossible by itself. */
  private static final double FLOOR = 1e-9;

  /** The best label of each item under the constraint; a fresh array, empty for no items. */
  public TaggerLabel[] labels(LabelDistributions distributions) {
    checkNotNull(distributions, "distributions");
    int n = distributions.size();
    TaggerLabel[] result = new TaggerLabel[n];
    if (n == 0) {
      return result;
    }
    double[] score = new double[LABELS];
    int[][] back = new int[n][LABELS];
    for (int k = 0; k < LABELS; k++) {
      TaggerLabel label = TaggerLabel.ofIndex(k);
      score[k] = label.mayStart() ? logOf(distributions, 0, label) : Double.NEGATIVE_INFINITY;
    }
    double[] next = new double[LABELS];
    for (int i = 1; i < n; i++) {
      for (int k = 0; k < LABELS; k++) {
        TaggerLabel label = TaggerLabel.ofIndex(k);
        double best = Double.NEGATIVE_INFINITY;
        int from = 0;
        for (int j = 0; j < LABELS; j++) {
          if (score[j] > best && label.mayFollow(TaggerLabel.ofIndex(j))) {
            best = score[j];
            from = j;
          }
        }
        next[k] = best + logOf(distributions, i, label);
        back[i][k] = from;
      }
      System.arraycopy(next, 0, score, 0, LABELS);
    }
    int best = TaggerLabel.O.index();
    for (int k = 0; k < LABELS; k++) {
      if (score[k] > score[best]) {
        best = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      result[i] = TaggerLabel.ofIndex(best);
      best = back[i][best];
    }
    return result;
  }

  /** The spans of the best constrained label sequence, in order; never null. */
  public List<TaggedSpan> decode(LabelDistributions distributions) {
    TaggerLabel[] labels = labels(distributions);
    List<TaggedSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i].role().isEmpty()) {
        i++;
        continue;
      }
      AttributionRole role = labels[i].role().get();
      int end = i + 1;
      while (end < labels.length && labels[end] == TaggerLabel.inside(role)) {
        end++;
      }
      double sum = 0;
      for (int k = i; k < end; k++) {
        sum += distributions.roleProbability(k, role);
      }
      spans.add(new TaggedSpan(role, i, end, Math.min(1.0, Math.max(0.0, sum / (end - i)))));
      i = end;
    }
    return spans;
  }

  private static double logOf(LabelDistributions distributions, int i, TaggerLabel label) {
    return Math.log(Math.max(FLOOR, distributions.probability(i, label)));
  }
}
