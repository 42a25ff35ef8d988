package org.claimspan.eval.bench;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A benchmark run, written as JSON by {@code bench --report}; the {@code profiles} entries' keys
 * {@code profile}, {@code threads}, {@code docsPerSecond}, {@code tokensPerSecond}, {@code
 * loadSeconds} and {@code peakHeapMb} are a contract. Immutable and thread-safe.
 *
 * @param machine where it ran
 * @param documents documents per pass
 * @param tokens whitespace tokens per pass
 * @param warmup least warm-up passes per profile
 * @param warmupSeconds least warm-up seconds per profile
 * @param passes measured passes per profile
 * @param minPassSeconds least seconds of one measured pass (the documents are repeated within it)
 * @param profiles one result per profile, in command-line order
 */
public record BenchReport(
    Machine machine,
    int documents,
    long tokens,
    int warmup,
    double warmupSeconds,
    int passes,
    double minPassSeconds,
    List<BenchResult> profiles) {

  public BenchReport {
    profiles = ImmutableList.copyOf(profiles);
  }

  /**
   * The machine and JVM.
   *
   * @param cores available processors
   * @param maxHeapMb the JVM's maximum heap, MiB
   * @param java the Java runtime version
   * @param os operating system name and architecture
   */
  public record Machine(int cores, double maxHeapMb, String java, String os) {

    /** This JVM's machine. */
    public static Machine current() {
      return new Machine(
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0),
          System.getProperty("java.version"),
          System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
  }
}
