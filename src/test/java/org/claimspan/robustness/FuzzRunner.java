package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a check over seeded generated texts ({@link FuzzTexts}). Case {@code i} of a run uses seed
 * {@code base + i}, so any failure is replayed exactly by its seed. Test code only.
 *
 * <p>System properties: {@code claimspan.fuzz.tries.<name>} overrides the number of cases of the
 * run called {@code name}; {@code claimspan.fuzz.seed} overrides the base seed (default fixed, so
 * CI runs the same cases every time and a red build is reproducible).
 */
final class FuzzRunner {
  /** The base seed unless {@code claimspan.fuzz.seed} says otherwise. */
  static final long DEFAULT_SEED = 20_261_127L;

  private FuzzRunner() {}

  /**
   * Runs {@code check} on the generated texts; stops at the first failing case, writes its text to
   * {@code target/fuzz-failures/<name>-<seed>.txt} and fails with the seed and the cause.
   *
   * @return the number of cases run
   */
  static int run(String name, int defaultTries, int maxLength, Consumer<String> check) {
    int tries = Integer.getInteger("claimspan.fuzz.tries." + name, defaultTries);
    long base = Long.getLong("claimspan.fuzz.seed", DEFAULT_SEED);
    for (int i = 0; i < tries; i++) {
      long seed = base + i;
      String text = FuzzTexts.text(new SplittableRandom(seed), maxLength);
      try {
        check.accept(text);
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        Path saved = save(name, seed, text);
        fail("fuzz case %d of %d failed (seed %d, -Dclaimspan.fuzz.seed=%d replays it first); text in %s",
            i + 1, tries, seed, seed, saved, e);
      }
    }
    return tries;
  }

  private static Path save(String name, long seed, String text) {
    Path file = Path.of("target", "fuzz-failures", name + "-" + seed + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Path.of("(not saved: " + e.getMessage() + ")");
    }
    return file;
  }
}
