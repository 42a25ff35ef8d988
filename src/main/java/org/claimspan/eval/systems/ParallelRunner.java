package org.claimspan.eval.systems;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.engine.OrderedParallelIterator;

/**
 * Runs a system over documents on a small thread pool, keeping document order, through the
 * engine's {@link OrderedParallelIterator}. Each call uses its own pool and shuts it down.
 * Thread-safe.
 */
public final class ParallelRunner {

  private final int threads;

  /** A runner with {@code threads >= 1} workers. */
  public ParallelRunner(int threads) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    this.threads = threads;
  }

  /**
   * The system's results, one per document, in document order.
   *
   * @throws IllegalStateException wrapping the first failure, naming the document
   */
  public List<ExtractionResult> run(SystemUnderTest system, List<Document> documents) {
    return OrderedParallelIterator.mapInOrder(documents, document -> extract(system, document), threads);
  }

  private static ExtractionResult extract(SystemUnderTest system, Document document) {
    try {
      return system.extract(document);
    } catch (RuntimeException e) {
      throw failed(system, document, e);
    }
  }

  /**
   * The future's value, a failure rethrown as an {@link IllegalStateException} that names the
   * system and the document; shared with the bench's workers.
   */
  public static <T> T await(Future<T> future, SystemUnderTest system, Document document) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + system.name(), e);
    } catch (ExecutionException e) {
      throw failed(system, document, e.getCause());
    }
  }

  private static IllegalStateException failed(SystemUnderTest system, Document document, Throwable cause) {
    return new IllegalStateException(system.name() + " failed on document '" + document.id() + "': " + cause, cause);
  }
}
