package org.claimspan.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimspan.ClaimExtractor;

/**
 * One accurate-profile extractor for the whole test run: loading CoreNLP takes seconds, and the
 * extractor is thread-safe, so test classes share it. Test code only.
 */
public final class Extractors {
  private static volatile ClaimExtractor accurate;

  private Extractors() {}

  public static ClaimExtractor accurate() {
    if (accurate == null) {
      synchronized (Extractors.class) {
        if (accurate == null) {
          accurate = ClaimExtractor.builder().build();
        }
      }
    }
    return accurate;
  }

  /** The shared evaluation folder, from the {@code claimspan.eval.dir} property, if present. */
  public static Optional<Path> evalDir() {
    String dir = System.getProperty("claimspan.eval.dir", "../shared/eval");
    Path path = Path.of(dir);
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }
}
