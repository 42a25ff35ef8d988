package org.claimspan.eval.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimspan.Document;
import org.claimspan.eval.systems.ParallelRunner;
import org.claimspan.eval.systems.SystemUnderTest;

/**
 * The worker threads of one benchmark measurement: one pool for the warm-up and every pass, as a
 * long-running service has (per-thread state such as OpenNLP's tools stays warm), and the next
 * round of documents queued before the current one finishes, so that a pass does not wait for its
 * slowest document at every round (with 17 documents on 2 threads, that idle tail was several
 * percent of a pass). Not thread-safe: one caller drives it.
 */
final class BenchWorkers implements AutoCloseable {

  private final ExecutorService pool;

  BenchWorkers(int threads) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /**
   * Extracts every document, round after round, until at least one round is done and
   * {@code minSeconds} have passed since the call; returns the number of rounds, all finished.
   *
   * @throws IllegalStateException wrapping the first failure, naming the system and document
   */
  int runRounds(SystemUnderTest system, List<Document> documents, double minSeconds) {
    long start = System.nanoTime();
    Deque<List<Future<?>>> queued = new ArrayDeque<>();
    int rounds = 0;
    do {
      queued.add(submit(system, documents));
      rounds++;
      if (queued.size() > 1) {
        await(queued.removeFirst(), system, documents);
      }
    } while ((System.nanoTime() - start) / 1e9 < minSeconds);
    while (!queued.isEmpty()) {
      await(queued.removeFirst(), system, documents);
    }
    return rounds;
  }

  private List<Future<?>> submit(SystemUnderTest system, List<Document> documents) {
    List<Future<?>> futures = new ArrayList<>(documents.size());
    for (Document document : documents) {
      futures.add(pool.submit(() -> system.extract(document)));
    }
    return futures;
  }

  private static void await(List<Future<?>> futures, SystemUnderTest system, List<Document> documents) {
    for (int i = 0; i < futures.size(); i++) {
      ParallelRunner.await(futures.get(i), system, documents.get(i));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
