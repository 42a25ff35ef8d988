package org.claimspan.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures peak heap use over a stretch of work, two ways: the sum of the heap memory pools' peak
 * usage (reset when the meter starts; an upper bound, as pools peak at different times), and the
 * largest {@code Runtime} used memory seen by sampling every 20 ms. Start it with {@link #start()},
 * read it, then {@link #close()} it. Thread-safe.
 */
public final class HeapMeter implements AutoCloseable {

  private static final long SAMPLE_MILLIS = 20;

  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final AtomicLong sampledPeak = new AtomicLong();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
      });

  private HeapMeter() {}

  /** Runs a garbage collection, resets the pools' peaks and starts sampling. */
  public static HeapMeter start() {
    System.gc();
    HeapMeter meter = new HeapMeter();
    meter.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    meter.sampler.scheduleAtFixedRate(meter::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    return meter;
  }

  private void sample() {
    Runtime runtime = Runtime.getRuntime();
    sampledPeak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
  }

  /** Sum of the heap pools' peak usage since the start, in MiB. */
  public double poolPeakMb() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
  }

  /** Largest sampled used heap since the start, in MiB. */
  public double sampledPeakMb() {
    sample();
    return sampledPeak.get() / (1024.0 * 1024.0);
  }

  /** Runs a garbage collection and returns the used heap, in MiB; for the retained size. */
  public double usedAfterGcMb() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
