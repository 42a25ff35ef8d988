package org.claimspan.eval.score;

/** Mutable counters behind a {@link Prf}. Not thread-safe; confined to one scoring run. */
public final class Counts {
  int predicted;
  int correctPredicted;
  int gold;
  int foundGold;

  Prf toPrf() {
    return Prf.of(predicted, correctPredicted, gold, foundGold);
  }
}
