package org.claimspan.eval.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.claimspan.eval.systems.SystemFactory;
import org.claimspan.eval.systems.SystemUnderTest;

/**
 * Measures one system: load time, then warm-up, then measured passes over all documents on one
 * set of {@link BenchWorkers}, as a {@link BenchSchedule} says, with peak heap from just before loading
 * and the heap retained after loading (one extra garbage collection between loading and the
 * warm-up). Each pass's throughput is documents (and whitespace tokens) over its wall time; the
 * result gives median, min and max. Not thread-safe.
 */
public final class Benchmarker {

  private final BenchInput input;
  private final int threads;
  private final BenchSchedule schedule;

  /** A benchmarker over the input with the given threads, warm-up and measured passes. */
  public Benchmarker(BenchInput input, int threads, BenchSchedule schedule) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    this.input = input;
    this.threads = threads;
    this.schedule = schedule;
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
      int passes = schedule.passes();
      double[] docsPerSecond = new double[passes];
      double[] tokensPerSecond = new double[passes];
      try (BenchWorkers workers = new BenchWorkers(threads)) {
        long warmupStart = System.nanoTime();
        for (int i = 0; i < schedule.warmupPasses() || secondsSince(warmupStart) < schedule.warmupSeconds(); i++) {
          workers.runRounds(system, input.documents(), 0);
        }
        for (int i = 0; i < passes; i++) {
          long start = System.nanoTime();
          int rounds = workers.runRounds(system, input.documents(), schedule.minPassSeconds());
          double seconds = Math.max(1e-9, secondsSince(start));
          docsPerSecond[i] = (double) rounds * input.documents().size() / seconds;
          tokensPerSecond[i] = (double) rounds * input.tokens() / seconds;
        }
      }
      return new BenchResult(
          system.name(), threads, passes,
          median(docsPerSecond), min(docsPerSecond), max(docsPerSecond),
          median(tokensPerSecond), min(tokensPerSecond), max(tokensPerSecond),
          loadSeconds, heap.poolPeakMb(), heap.sampledPeakMb(), afterLoadMb, null);
    }
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
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
