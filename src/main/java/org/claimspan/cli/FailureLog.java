package org.claimspan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reports documents and inputs that failed: always on stderr as {@code claimspan: ID: REASON},
 * and, when a file is given, as {@code ID<TAB>REASON} lines under an {@code id\treason} header.
 * Each line is flushed as it is written, so the file is complete up to the last failure even if
 * the run is killed; it is replaced at the start of every run (with {@code --resume} it lists the
 * failures of this run only). Tabs and line breaks inside a field become spaces. Not thread-safe:
 * the extract command reports from its one consuming thread.
 */
final class FailureLog implements AutoCloseable {
  private final PrintWriter stderr;
  private final BufferedWriter file;
  private int count;

  private FailureLog(PrintWriter stderr, BufferedWriter file) {
    this.stderr = stderr;
    this.file = file;
  }

  /** A log to stderr and, if {@code path} is not null, to that file (created or truncated). */
  static FailureLog open(Path path, PrintWriter stderr) throws IOException {
    BufferedWriter file = null;
    if (path != null) {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      try {
        file.write("id\treason\n");
        file.flush();
      } catch (IOException e) {
        file.close();
        throw e;
      }
    }
    return new FailureLog(stderr, file);
  }

  /** Reports one failure; a failure to write the file is reported on stderr and does not stop the run. */
  void failed(String id, String reason) {
    count++;
    stderr.println("claimspan: " + id + ": " + reason);
    stderr.flush();
    if (file != null) {
      try {
        file.write(field(id) + "\t" + field(reason) + "\n");
        file.flush();
      } catch (IOException e) {
        stderr.println("claimspan: cannot write the failures file: " + e.getMessage());
      }
    }
  }

  int count() {
    return count;
  }

  private static String field(String value) {
    return value.replaceAll("[\\t\\r\\n\\u2028\\u2029]", " ");
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
