package org.claimspan.service;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The workers that extract documents and the bounded queue in front of them. A document takes a
 * slot (there are {@code threads + queue} of them) from admission until its worker is done or it
 * is cancelled before it started, so a client that went away frees its place. Single requests
 * {@linkplain #trySubmit try} for a slot and are refused (429) when none is free; batch streams
 * {@linkplain #submit wait} for one, which slows their reading down. Thread-safe.
 */
final class WorkQueue {
  private final int threads;
  private final int capacity;
  private final Semaphore slots;
  private final ThreadPoolExecutor workers;
  private final AtomicInteger busy = new AtomicInteger();
  /** Set when a stop gave up waiting: jobs not started by then fail instead of running. */
  private volatile boolean abandoned;
  private final AtomicLong meanNanos = new AtomicLong();

  WorkQueue(int threads, int queue) {
    this.threads = threads;
    this.capacity = threads + queue;
    this.slots = new Semaphore(capacity);
    this.workers = new ThreadPoolExecutor(
        threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), workerThreads());
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "claimspan-worker-" + count.incrementAndGet());
      thread.setDaemon(false); // a graceful stop lets documents in progress finish
      return thread;
    };
  }

  /** The job for {@code work} if a slot is free now; empty when the queue is full. */
  <T> Optional<Job<T>> trySubmit(Callable<T> work) {
    if (!slots.tryAcquire()) {
      return Optional.empty();
    }
    return Optional.of(start(work));
  }

  /**
   * The job for {@code work}, waiting for a slot for as long as {@code keepWaiting} says (it is
   * asked every 100 ms); empty when it said stop.
   */
  <T> Optional<Job<T>> submit(Callable<T> work, BooleanSupplier keepWaiting) throws InterruptedException {
    while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
      if (!keepWaiting.getAsBoolean()) {
        return Optional.empty();
      }
    }
    return Optional.of(start(work));
  }

  private <T> Job<T> start(Callable<T> work) {
    Job<T> job = new Job<>(work);
    try {
      workers.execute(job::run);
    } catch (RejectedExecutionException e) {
      job.result.completeExceptionally(new ApiException(503, "the service is stopping"));
      job.claim();
    }
    return job;
  }

  /** Worker threads. */
  int threads() {
    return threads;
  }

  /** Documents admitted at most at once: workers plus queue places. */
  int capacity() {
    return capacity;
  }

  /** Workers extracting a document now. */
  int busyWorkers() {
    return busy.get();
  }

  /** Whether every place (worker or queue) is taken now. */
  boolean isFull() {
    return slots.availablePermits() == 0;
  }

  /** Documents admitted and waiting for a worker. */
  int waiting() {
    return Math.max(0, capacity - slots.availablePermits() - busy.get());
  }

  /**
   * When a refused client may try again: the time the workers need to clear the queue at the
   * recent mean time per document, in whole seconds, 1 to 60.
   */
  long retryAfterSeconds() {
    double seconds = meanNanos.get() / 1e9 * (waiting() + 1) / threads;
    return Math.max(1, Math.min(60, (long) Math.ceil(seconds)));
  }

  private void recordRunTime(long nanos) {
    // An exponentially weighted mean over about the last 20 documents.
    meanNanos.accumulateAndGet(nanos, (mean, sample) -> mean == 0 ? sample : mean + (sample - mean) / 20);
  }

  /**
   * Stops taking work and waits up to {@code timeout} for the documents admitted to finish; those
   * still waiting then are never started, and their jobs fail.
   */
  void stop(Duration timeout) throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      abandoned = true;
      for (Runnable never : workers.shutdownNow()) {
        never.run(); // only fails the job, on this thread: see Job.run
      }
    }
  }

  /**
   * One admitted document: its result, and a way to withdraw it while it still waits. Exactly one
   * of the worker and {@link #cancel()} claims it, and the claimer gives the slot back.
   */
  final class Job<T> {
    private final Callable<T> work;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean claimed = new AtomicBoolean();

    private Job(Callable<T> work) {
      this.work = work;
    }

    /** Completes with the work's value, or exceptionally with what it threw. */
    CompletableFuture<T> result() {
      return result;
    }

    /** Withdraws the job if no worker has started it; returns whether it did. */
    boolean cancel() {
      if (!claim()) {
        return false;
      }
      result.cancel(false);
      return true;
    }

    private boolean claim() {
      if (!claimed.compareAndSet(false, true)) {
        return false;
      }
      slots.release();
      return true;
    }

    private void run() {
      if (!claimed.compareAndSet(false, true)) {
        return; // withdrawn while it waited
      }
      if (abandoned) {
        slots.release();
        result.completeExceptionally(new ApiException(503, "the service stopped before this document was started"));
        return;
      }
      busy.incrementAndGet();
      long start = System.nanoTime();
      T value = null;
      Throwable failure = null;
      try {
        value = work.call();
      } catch (Throwable e) { // a document that fails, however, fails alone
        failure = e;
      } finally {
        recordRunTime(System.nanoTime() - start);
        busy.decrementAndGet();
        slots.release();
      }
      // Completed after the slot is back, so that whoever waits on the result sees it free.
      if (failure == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(failure);
      }
    }
  }
}
