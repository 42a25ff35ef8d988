package org.claimspan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's standard error is a terminal. */
final class StandardError {

  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private StandardError() {}

  /**
   * True when standard error is a terminal. Java 17 cannot ask about one stream:
   * {@code System.console()} is null as soon as standard output is redirected, which is exactly
   * how batch runs are started ({@code extract ... > out.jsonl}), so on Linux this reads where file
   * descriptor 2 points; elsewhere it falls back to {@code System.console()}.
   */
  static boolean isTerminal() {
    try {
      if (Files.isSymbolicLink(STDERR_LINK)) {
        return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // not Linux, or /proc not readable: fall back below
    }
    return System.console() != null;
  }

  /** True for the device paths of terminals: pseudo-terminals and consoles. */
  static boolean isTerminalDevice(String path) {
    return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
  }
}
