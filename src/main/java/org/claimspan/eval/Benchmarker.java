package org.claimspan.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Measures one system: load time, then warm-up passes, then measured passes over all documents on
 * a {@link ParallelRunner}, with peak heap from just before loading and the heap retained after
 * loading (one extra garbage collection between loading and the warm-up). Each pass's throughput is
 * documents (and whitespace tokens) over its wall time; the result gives median, min and max.
 * Not thread-safe.
 */
public final class Benchmarker {

  private final BenchInput input;
  private final int threads;
  private final int warmup;
  private final int passes;

  /** A benchmarker over the input with the given threads, warm-up and measured passes. */
  public Benchmarker(BenchInput input, int threads, int warmup, int passes) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    checkArgument(warmup >= 0, "warmup must not be negative: %s", warmup);
    checkArgument(passes >= 1, "passes must be at least 1: %s", passes);
    this.input = input;
    this.threads = threads;
    this.warmup = warmup;
    this.passes = passes;
  }

  /** Loads the named system and measures it. */
  public BenchResult measure(String systemName) {
    // CoreNLP keeps loaded annotators in a JVM-wide pool; without clearing it, a system measured
    // after another would reuse its models and report a shorter load and a mixed-up heap.
    edu.stanford.nlp.pipeline.StanfordCoreNLP.clearAnnotatorPool();
    System.gc();
    try (HeapMeter heap = HeapMeter.start()) {
      long loadStart = System.nanoTime();
      SystemUnderTest system = SystemFactory.create(systemName);
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      double afterLoadMb = heap.usedAfterGcMb();
      ParallelRunner runner = new ParallelRunner(threads);
      for (int i = 0; i < warmup; i++) {
        runner.run(system, input.documents());
      }
      double[] docsPerSecond = new double[passes];
      double[] tokensPerSecond = new double[passes];
      for (int i = 0; i < passes; i++) {
        long start = System.nanoTime();
        runner.run(system, input.documents());
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        docsPerSecond[i] = input.documents().size() / seconds;
        tokensPerSecond[i] = input.tokens() / seconds;
      }
      return new BenchResult(
          system.name(), threads, passes,
          median(docsPerSecond), min(docsPerSecond), max(docsPerSecond),
          median(tokensPerSecond), min(tokensPerSecond), max(tokensPerSecond),
          loadSeconds, heap.poolPeakMb(), heap.sampledPeakMb(), afterLoadMb, null);
    }
  }

  /** Number of documents per pass. */
  public int documents() {
    return input.documents().size();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
