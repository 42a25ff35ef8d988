package org.claimspan.spi;

import java.util.List;
import java.util.Set;
import org.claimspan.model.TextSpan;

/**
 * A source of linguistic analysis (tokens, tags, entities, parses) for the extraction engine.
 *
 * <p>Implementations must be safe to call from many threads at once, and must report offsets into
 * the original text, never into a normalised copy.
 */
public interface LinguisticBackend {

  /** A short name for reports, such as {@code "corenlp-4.5.10"}. */
  String name();

  /** The layers this backend fills in. */
  Set<Capability> capabilities();

  /**
   * Analyses the given regions of {@code text}, each (a paragraph, say) on its own: no sentence
   * crosses a region's boundary and text outside every region is not analysed.
   *
   * @param text the whole original text, not null
   * @param regions non-overlapping spans of {@code text} in document order, not null
   * @param maxSentenceTokens sentences with more tokens than this are tagged but not parsed
   * @return the analysis, with offsets into {@code text}; never null
   */
  AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens);

  /**
   * {@link #analyze(String, List, int)} within a time budget: once {@code deadline} has {@linkplain
   * Deadline#expired() expired}, the backend should stop between regions or sentences and return
   * what it has. Regions it did not reach are left out of the analysis; sentences it tagged but had
   * no time to parse are returned with {@code parsed == false}. The engine reports both.
   *
   * <p>The default ignores the deadline and analyses everything (the engine still skips its own
   * later stages once the deadline is spent); backends whose analysis can take long should
   * override it. Added after the three-argument method, which stays, so that existing backends
   * keep compiling.
   *
   * @param deadline when to stop, not null; {@link Deadline#none()} for no limit
   */
  default AnalyzedText analyze(
      String text, List<TextSpan> regions, int maxSentenceTokens, Deadline deadline) {
    return analyze(text, regions, maxSentenceTokens);
  }
}
