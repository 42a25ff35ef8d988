package org.claimspan.eval.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.Profile;
import org.claimspan.backend.Backends;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.text.AnalysisRegions;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.LinguisticBackend;

/**
 * Where a profile's time goes, on one thread: text preparation, the linguistic backend, and the
 * engine's own stages (quotes, cues, attributions, speakers, claims). Each document is prepared
 * and analysed by the backend, each timed; then an extractor of the profile runs on that same
 * analysis, handed back by a backend that only replays it, and its time less the preparation's is
 * the engine's. (Timing
 * a whole extraction and subtracting the backend, as this class once did, left the engine's few
 * milliseconds inside the backend's run-to-run noise: the engine came out as 0 and the backend as
 * more than the whole.) One thread, so the figures are CPU-bound milliseconds per document without
 * contention between workers. Not thread-safe; use once.
 */
public final class StageTimer {

  /**
   * Milliseconds per document by stage, medians over passes.
   *
   * @param profile the profile measured
   * @param prepareMs text preparation
   * @param backendMs the backend's analysis (tokens, tags, parse, ...)
   * @param engineMs the rest of an extraction: quotes, cues, attributions, speakers, claims
   * @param totalMs the three together
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
    Replay replay = new Replay(backend);
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).backend(replay).build();
    TextPreparer preparer = new TextPreparer(Lexicons.loadDefault().boilerplate());
    for (int i = 0; i < warmup; i++) {
      pass(backend, replay, extractor, preparer);
    }
    double[][] figures = new double[passes][];
    for (int i = 0; i < passes; i++) {
      figures[i] = pass(backend, replay, extractor, preparer);
    }
    int n = input.documents().size();
    double prepare = median(figures, 0) / n;
    double analysis = median(figures, 1) / n;
    double engineMs = median(figures, 2) / n;
    return new StageTimes(profile.id(), prepare, analysis, engineMs, prepare + analysis + engineMs);
  }

  /** Milliseconds spent in preparation, in the backend and in the engine over one pass. */
  private double[] pass(LinguisticBackend backend, Replay replay, ClaimExtractor extractor, TextPreparer preparer) {
    long prepare = 0;
    long analysis = 0;
    long rest = 0;
    for (Document document : input.documents()) {
      String text = document.text();
      long start = System.nanoTime();
      PreparedText prepared = preparer.prepare(text);
      long afterPrepare = System.nanoTime();
      // the regions the engine hands the backend
      List<TextSpan> regions = AnalysisRegions.split(text, prepared.paragraphs(), AnalysisRegions.MAX_REGION_LENGTH);
      AnalyzedText analysed = backend.analyze(text, regions, ClaimExtractor.DEFAULT_MAX_SENTENCE_TOKENS);
      long afterAnalysis = System.nanoTime();
      replay.handBack(analysed);
      extractor.extract(document);
      long extracted = System.nanoTime();
      prepare += afterPrepare - start;
      analysis += afterAnalysis - afterPrepare;
      // the engine prepares the text again before its own stages
      rest += Math.max(0, (extracted - afterAnalysis) - (afterPrepare - start));
    }
    return new double[] {prepare / 1e6, analysis / 1e6, rest / 1e6};
  }

  private static double median(double[][] figures, int column) {
    double[] values = new double[figures.length];
    for (int i = 0; i < figures.length; i++) {
      values[i] = figures[i][column];
    }
    Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  /**
   * A backend that hands back the analysis last given to it, with the real backend's name and
   * layers. Confined to the timer's thread.
   */
  private static final class Replay implements LinguisticBackend {
    private final LinguisticBackend real;
    private AnalyzedText analysis;

    Replay(LinguisticBackend real) {
      this.real = real;
    }

    void handBack(AnalyzedText next) {
      this.analysis = next;
    }

    @Override
    public String name() {
      return real.name();
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }

    @Override
    public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens) {
      checkState(analysis != null && text.equals(analysis.text()), "replay of another text");
      return analysis;
    }
  }
}
