package org.claimspan.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.Profile;
import org.claimspan.backend.Backends;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.spi.LinguisticBackend;

/**
 * Where a profile's time goes, on one thread: text preparation, the linguistic backend, and the
 * engine's own stages (quotes, cues, attributions, speakers, claims), the last being a whole
 * extraction less the first two timed on their own. One thread, so the figures are CPU-bound
 * milliseconds per document without contention between workers; the profile's models are loaded
 * twice (once for the backend alone, once in the extractor). Not thread-safe; use once.
 */
public final class StageTimer {

  /**
   * Milliseconds per document by stage, medians over passes.
   *
   * @param profile the profile measured
   * @param prepareMs text preparation
   * @param backendMs the backend's analysis (tokens, tags, parse, ...)
   * @param engineMs the rest of an extraction: quotes, cues, attributions, speakers, claims
   * @param totalMs a whole extraction
   */
  public record StageTimes(String profile, double prepareMs, double backendMs, double engineMs, double totalMs) {}

  private final BenchInput input;
  private final int warmup;
  private final int passes;

  /**
   * @param input the documents
   * @param warmup passes run before measuring, at least 0
   * @param passes measured passes, at least 1
   */
  public StageTimer(BenchInput input, int warmup, int passes) {
    this.input = checkNotNull(input, "input");
    checkArgument(warmup >= 0 && passes >= 1, "need warmup >= 0 and passes >= 1, got %s and %s", warmup, passes);
    this.warmup = warmup;
    this.passes = passes;
  }

  /** Loads the profile and times its stages over the documents. */
  public StageTimes measure(Profile profile) {
    LinguisticBackend backend = Backends.forProfile(profile);
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).build();
    TextPreparer preparer = new TextPreparer(Lexicons.loadDefault().boilerplate());
    for (int i = 0; i < warmup; i++) {
      pass(backend, extractor, preparer);
    }
    double[][] figures = new double[passes][];
    for (int i = 0; i < passes; i++) {
      figures[i] = pass(backend, extractor, preparer);
    }
    int n = input.documents().size();
    double prepare = median(figures, 0) / n;
    double analysis = median(figures, 1) / n;
    double total = median(figures, 2) / n;
    return new StageTimes(profile.id(), prepare, analysis, Math.max(0, total - prepare - analysis), total);
  }

  /** Nanoseconds spent in preparation, in the backend and in whole extractions, in milliseconds. */
  private double[] pass(LinguisticBackend backend, ClaimExtractor extractor, TextPreparer preparer) {
    long prepare = 0;
    long analysis = 0;
    long total = 0;
    for (Document document : input.documents()) {
      long start = System.nanoTime();
      PreparedText prepared = preparer.prepare(document.text());
      long afterPrepare = System.nanoTime();
      backend.analyze(document.text(), prepared.paragraphs(), ClaimExtractor.DEFAULT_MAX_SENTENCE_TOKENS);
      long analysed = System.nanoTime();
      extractor.extract(document);
      long extracted = System.nanoTime();
      prepare += afterPrepare - start;
      analysis += analysed - afterPrepare;
      total += extracted - analysed;
    }
    return new double[] {prepare / 1e6, analysis / 1e6, total / 1e6};
  }

  private static double median(double[][] figures, int column) {
    double[] values = new double[figures.length];
    for (int i = 0; i < figures.length; i++) {
      values[i] = figures[i][column];
    }
    java.util.Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }
}
