package org.claimspan.eval.bench;

/**
 * Throughput and memory of one system in a benchmark run. Immutable and thread-safe.
 *
 * @param profile the system's name
 * @param threads worker threads
 * @param passes measured passes
 * @param docsPerSecond median over passes
 * @param docsPerSecondMin slowest pass
 * @param docsPerSecondMax fastest pass
 * @param tokensPerSecond median over passes, whitespace tokens
 * @param tokensPerSecondMin slowest pass
 * @param tokensPerSecondMax fastest pass
 * @param loadSeconds time to build the system (load its models)
 * @param peakHeapMb sum of heap pools' peak usage from just before loading to the end, MiB
 * @param sampledPeakHeapMb largest sampled {@code Runtime} used memory in the same stretch, MiB
 * @param heapAfterLoadMb used heap right after loading and a garbage collection (roughly the
 *     models' retained size), MiB
 * @param ratioToCorenlpQuote {@code docsPerSecond} over the {@code corenlp-quote} peer's, or null
 *     when the peer was not in the run
 */
public record BenchResult(
    String profile,
    int threads,
    int passes,
    double docsPerSecond,
    double docsPerSecondMin,
    double docsPerSecondMax,
    double tokensPerSecond,
    double tokensPerSecondMin,
    double tokensPerSecondMax,
    double loadSeconds,
    double peakHeapMb,
    double sampledPeakHeapMb,
    double heapAfterLoadMb,
    Double ratioToCorenlpQuote) {

  /** This result with the ratio to the peer's throughput set. */
  public BenchResult withRatio(Double ratio) {
    return new BenchResult(
        profile, threads, passes, docsPerSecond, docsPerSecondMin, docsPerSecondMax, tokensPerSecond,
        tokensPerSecondMin, tokensPerSecondMax, loadSeconds, peakHeapMb, sampledPeakHeapMb, heapAfterLoadMb, ratio);
  }
}
