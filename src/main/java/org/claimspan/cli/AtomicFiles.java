package org.claimspan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files so that a crash never leaves half a file behind. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code body} as UTF-8 to a temporary file beside {@code target}, then renames it over
   * the target; creates missing parent folders. The temporary file is removed if writing fails.
   */
  static void write(Path target, String body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, body, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
