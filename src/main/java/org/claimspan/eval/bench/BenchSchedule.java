package org.claimspan.eval.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How long a benchmark warms up and measures, per system. Warm-up runs whole passes over the input
 * until both {@code warmupPasses} passes and {@code warmupSeconds} seconds are done, so that a fast
 * system gets as much JIT time as a slow one (a pass of a fast profile takes a fraction of a
 * second, far too little for the compiler to finish). Each measured pass runs the input
 * repeatedly until at least {@code minPassSeconds} have elapsed, so that short passes are not
 * dominated by timer and scheduling noise. Immutable.
 *
 * @param warmupPasses least number of warm-up passes, >= 0
 * @param warmupSeconds least warm-up wall time in seconds, >= 0
 * @param passes measured passes, >= 1; the result reports their median, min and max
 * @param minPassSeconds least wall time of one measured pass in seconds, >= 0
 */
public record BenchSchedule(int warmupPasses, double warmupSeconds, int passes, double minPassSeconds) {

  public BenchSchedule {
    checkArgument(warmupPasses >= 0, "warm-up passes must not be negative: %s", warmupPasses);
    checkArgument(warmupSeconds >= 0, "warm-up seconds must not be negative: %s", warmupSeconds);
    checkArgument(passes >= 1, "passes must be at least 1: %s", passes);
    checkArgument(minPassSeconds >= 0, "pass seconds must not be negative: %s", minPassSeconds);
  }
}
