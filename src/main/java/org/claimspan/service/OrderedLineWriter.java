package org.claimspan.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes a batch's answer lines in input order as soon as each is ready, one non-blocking write at
 * a time: a line waits only for the lines before it, never for the next input. The reader {@link
 * #reserve() reserves} a slot per input line and {@link Slot#fill fills} it when its result is
 * known (from any thread); at most {@code window} slots wait unwritten, and at most {@code
 * maxBufferedBytes} wait for a slow client, beyond which {@code reserve} blocks, which stops the
 * reading of further input. When a write fails (the client went away) every job not yet started
 * is withdrawn and the request fails. Thread-safe.
 */
final class OrderedLineWriter {
  /** One answer line's place in the output. */
  final class Slot {
    private String line;
    private Runnable withdraw = () -> {};

    /** Sets the line (without its newline); writes it and any ready lines after it, in order. */
    void fill(String answer) {
      synchronized (OrderedLineWriter.this) {
        line = answer;
      }
      pump();
    }

    /** What withdraws this slot's job if the stream fails before it starts. */
    void onWithdraw(Runnable action) {
      synchronized (OrderedLineWriter.this) {
        withdraw = action;
      }
    }
  }

  private final Response response;
  private final Callback done;
  private final int window;
  private final long maxBufferedBytes;
  private final ArrayDeque<Slot> slots = new ArrayDeque<>();
  /** Lines ready for the next write. */
  private final ByteArrayOutputStream buffered = new ByteArrayOutputStream();
  /** Bytes ready or being written: what waits for the client. */
  private long bufferedBytes;
  private boolean writing;
  private boolean ended;
  private boolean finished;
  private Throwable failure;

  OrderedLineWriter(Response response, Callback done, int window, long maxBufferedBytes) {
    this.response = response;
    this.done = done;
    this.window = window;
    this.maxBufferedBytes = maxBufferedBytes;
  }

  /**
   * A new slot at the end of the output, waiting while {@code window} slots are unfilled or too
   * much output waits for the client; null once the stream has failed.
   */
  synchronized Slot reserve() throws InterruptedException {
    while (failure == null && (slots.size() >= window || bufferedBytes > maxBufferedBytes)) {
      wait(100);
    }
    if (failure != null) {
      return null;
    }
    Slot slot = new Slot();
    slots.add(slot);
    return slot;
  }

  /** Whether the stream has failed; the reader stops reading then. */
  synchronized boolean failed() {
    return failure != null;
  }

  /** No more slots will come: the response ends once every slot is written. */
  void end() {
    synchronized (this) {
      ended = true;
    }
    pump();
  }

  private void pump() {
    ByteBuffer toWrite;
    boolean last;
    synchronized (this) {
      while (!slots.isEmpty() && slots.peek().line != null) {
        byte[] bytes = (slots.poll().line + "\n").getBytes(StandardCharsets.UTF_8);
        buffered.write(bytes, 0, bytes.length);
        bufferedBytes += bytes.length;
        notifyAll();
      }
      if (writing || finished || failure != null) {
        return;
      }
      last = ended && slots.isEmpty();
      if (buffered.size() == 0 && !last) {
        return;
      }
      writing = true;
      finished = last;
      toWrite = ByteBuffer.wrap(buffered.toByteArray());
      buffered.reset();
    }
    response.write(last, toWrite, Callback.from(() -> written(toWrite.capacity()), this::writeFailed));
  }

  private void written(int bytes) {
    boolean complete;
    synchronized (this) {
      bufferedBytes -= bytes;
      writing = false;
      complete = finished;
      notifyAll();
    }
    if (complete) {
      done.succeeded();
    } else {
      pump();
    }
  }

  private void writeFailed(Throwable cause) {
    List<Runnable> withdrawals = new ArrayList<>();
    synchronized (this) {
      if (failure != null) {
        return;
      }
      failure = cause;
      for (Slot slot : slots) {
        withdrawals.add(slot.withdraw);
      }
      slots.clear();
      buffered.reset();
      notifyAll();
    }
    withdrawals.forEach(Runnable::run);
    done.failed(cause);
  }
}
