package org.claimspan.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts a batch run's documents and prints its progress and summary on stderr. The progress line
 * is redrawn in place ({@code \r}) at most every 200 ms, and only when stderr is a terminal: in a
 * log file or a pipe it would be noise. The summary is always printed. Not thread-safe: updated
 * from the command's consuming thread.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter stderr;
  private final boolean interactive;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private int done;
  private int failed;
  private int skipped;

  Progress(PrintWriter stderr, boolean interactive) {
    this.stderr = stderr;
    this.interactive = interactive;
  }

  void succeeded() {
    done++;
    redraw();
  }

  void failed() {
    done++;
    failed++;
    redraw();
  }

  void skipped() {
    skipped++;
    redraw();
  }

  private void redraw() {
    long now = System.nanoTime();
    if (interactive && now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      stderr.print("\r" + line(now) + "   ");
      stderr.flush();
    }
  }

  /** Ends the progress line and prints the summary: documents, failures, docs/s, elapsed. */
  void finish() {
    if (interactive && lastDrawn != 0) {
      stderr.print("\r\033[2K"); // clear the progress line before the summary
    }
    stderr.println("claimspan: " + line(System.nanoTime()));
    stderr.flush();
  }

  private String line(long now) {
    Duration elapsed = Duration.ofNanos(now - start);
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    StringBuilder line = new StringBuilder()
        .append(done).append(done == 1 ? " document" : " documents")
        .append(", ").append(failed).append(" failed");
    if (skipped > 0) {
      line.append(", ").append(skipped).append(" skipped (already done)");
    }
    return line.append(String.format(Locale.ROOT, ", %.2f docs/s, elapsed %s", done / seconds, format(elapsed)))
        .toString();
  }

  private static String format(Duration elapsed) {
    long seconds = elapsed.toSeconds();
    return seconds < 60
        ? String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0)
        : String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
