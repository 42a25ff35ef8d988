package org.claimspan.internal.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;

/**
 * The one door through which training reads what the rules find before the filter: every {@link
 * Candidate} of a document, with its features. {@link AttributionFinder} keeps this to itself at
 * run time. Stateless and thread-safe.
 */
public final class TrainingCandidates {
  private TrainingCandidates() {}

  /**
   * Every candidate with a cue that {@code finder}'s rules find, in cue order: from the parse, or
   * from part-of-speech patterns in text without one.
   *
   * @param quotes the document's quotations
   * @return the candidates, never null
   */
  public static List<Candidate> of(AttributionFinder finder, DependencyTree tree, List<QuoteSpan> quotes) {
    return checkNotNull(finder, "finder").candidates(tree, quotes);
  }
}
