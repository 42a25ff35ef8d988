package org.claimspan.internal.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps an iterator on worker threads and hands the results back in input order.
 *
 * <p>At most {@code 2 * threads} inputs are in flight at once, so a huge or endless input is never
 * read ahead into memory. Inputs are pulled on the consuming thread; the mapping function runs on
 * the workers and must be thread-safe. An exception thrown by the function is rethrown from {@link
 * #next()} (unchecked ones as they are). Not thread-safe: one consumer. {@link #close()} stops the
 * workers; they are daemon threads that end after 5 idle seconds, so an abandoned iterator keeps
 * neither the JVM alive nor its threads.
 *
 * @param <I> input type
 * @param <O> output type
 */
public final class OrderedParallelIterator<I, O> implements Iterator<O>, AutoCloseable {

  /** More worker threads than this is a mistake, not a configuration. */
  public static final int MAX_THREADS = 4096;

  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final Iterator<? extends I> inputs;
  private final Function<? super I, ? extends O> function;
  private final ExecutorService workers;
  private final int window;
  private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();

  public OrderedParallelIterator(
      Iterator<? extends I> inputs, Function<? super I, ? extends O> function, int threads) {
    checkArgument(threads > 0 && threads <= MAX_THREADS, "threads must be in 1..%s: %s", MAX_THREADS, threads);
    this.inputs = checkNotNull(inputs, "inputs");
    this.function = checkNotNull(function, "function");
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        threads, threads, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    pool.allowCoreThreadTimeOut(true); // an abandoned, unclosed iterator does not keep idle threads
    this.workers = pool;
    this.window = 2 * threads;
  }

  /**
   * {@code function} over every input on {@code threads} workers, the results in input order, so
   * that they do not depend on scheduling. The first exception thrown by the function is rethrown
   * (unchecked ones as they are) once the results before it are in, and the workers are stopped.
   *
   * @param inputs the inputs, not null
   * @param function the work, thread-safe, not null
   * @param threads worker threads, 1 to {@value #MAX_THREADS}
   * @return the results, one per input, in input order; never null
   */
  public static <I, O> List<O> mapInOrder(
      List<? extends I> inputs, Function<? super I, ? extends O> function, int threads) {
    checkNotNull(inputs, "inputs");
    List<O> results = new ArrayList<>(inputs.size());
    try (OrderedParallelIterator<I, O> ordered = new OrderedParallelIterator<>(inputs.iterator(), function, threads)) {
      ordered.forEachRemaining(results::add);
    }
    return results;
  }

  @Override
  public boolean hasNext() {
    fillWindow();
    return !inFlight.isEmpty();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      close();
      throw new NoSuchElementException();
    }
    Future<O> head = inFlight.removeFirst();
    O result = await(head);
    if (inFlight.isEmpty() && !inputs.hasNext()) {
      close(); // the last result: free the workers without waiting for the caller
    }
    return result;
  }

  @Override
  public void close() {
    inFlight.forEach(future -> future.cancel(true));
    inFlight.clear();
    workers.shutdownNow();
  }

  private void fillWindow() {
    try {
      while (inFlight.size() < window && !workers.isShutdown() && inputs.hasNext()) {
        I input = inputs.next();
        inFlight.addLast(workers.submit(() -> function.apply(input)));
      }
    } catch (RuntimeException | Error e) {
      close(); // the input failed: stop the workers before the caller sees the exception
      throw e;
    }
  }

  private O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for a batch result");
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return runnable -> {
      Thread worker = new Thread(runnable, "claimspan-batch-" + pool + "-" + thread.incrementAndGet());
      worker.setDaemon(true);
      return worker;
    };
  }
}
