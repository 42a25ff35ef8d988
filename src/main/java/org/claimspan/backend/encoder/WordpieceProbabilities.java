package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The tagger's label probabilities for each wordpiece of a text, and how much of the text the
 * tagger read: when the document's deadline expires between windows, the wordpieces of the windows
 * not run are {@linkplain #covered(int) not covered} and read as certain {@link TaggerLabel#O}.
 * Immutable and thread-safe.
 */
public final class WordpieceProbabilities implements LabelDistributions {
  private static final int LABELS = TaggerLabel.count();

  private final Wordpieces wordpieces;
  private final float[] probabilities;
  private final boolean[] covered;
  private final int windowsRun;
  private final int windowsPlanned;

  /**
   * @param probabilities {@code size * 7} values, wordpiece by wordpiece in label order; copied
   * @param covered which wordpieces the tagger read; copied
   */
  WordpieceProbabilities(
      Wordpieces wordpieces, float[] probabilities, boolean[] covered, int windowsRun, int windowsPlanned) {
    this.wordpieces = checkNotNull(wordpieces, "wordpieces");
    checkArgument(probabilities.length == wordpieces.size() * LABELS && covered.length == wordpieces.size(),
        "%s probabilities and %s coverage flags for %s wordpieces", probabilities.length, covered.length,
        wordpieces.size());
    checkArgument(0 <= windowsRun && windowsRun <= windowsPlanned, "%s of %s windows run", windowsRun, windowsPlanned);
    this.probabilities = probabilities.clone();
    this.covered = covered.clone();
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        for (int k = 0; k < LABELS; k++) {
          this.probabilities[i * LABELS + k] = k == TaggerLabel.O.index() ? 1f : 0f;
        }
      }
    }
    this.windowsRun = windowsRun;
    this.windowsPlanned = windowsPlanned;
  }

  /** The wordpieces these probabilities are for. */
  public Wordpieces wordpieces() {
    return wordpieces;
  }

  @Override
  public int size() {
    return wordpieces.size();
  }

  @Override
  public float probability(int i, TaggerLabel label) {
    checkElementIndex(i, covered.length, "wordpiece");
    return probabilities[i * LABELS + label.index()];
  }

  /** Whether the tagger read wordpiece {@code i} (false where the deadline stopped it first). */
  public boolean covered(int i) {
    checkElementIndex(i, covered.length, "wordpiece");
    return covered[i];
  }

  /** Whether every window was run. */
  public boolean complete() {
    return windowsRun == windowsPlanned;
  }

  /** The number of windows run. */
  public int windowsRun() {
    return windowsRun;
  }

  /** The number of windows the text needed. */
  public int windowsPlanned() {
    return windowsPlanned;
  }
}
