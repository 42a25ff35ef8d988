package org.claimspan.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;

/**
 * One extractor per profile for the whole test run: loading CoreNLP takes seconds, and extractors
 * are thread-safe, so test classes share them. Test code only.
 */
public final class Extractors {
  private static volatile ClaimExtractor accurate;
  private static volatile ClaimExtractor fast;

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

  /** One fast-profile (OpenNLP) extractor for the whole test run. */
  public static ClaimExtractor fast() {
    if (fast == null) {
      synchronized (Extractors.class) {
        if (fast == null) {
          fast = ClaimExtractor.builder().profile(Profile.FAST).build();
        }
      }
    }
    return fast;
  }

  /** The shared evaluation folder, from the {@code claimspan.eval.dir} property, if present. */
  public static Optional<Path> evalDir() {
    String dir = System.getProperty("claimspan.eval.dir", "../shared/eval");
    Path path = Path.of(dir);
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }
}
