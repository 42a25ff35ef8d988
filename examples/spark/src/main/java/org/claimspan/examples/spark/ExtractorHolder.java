package org.claimspan.examples.spark;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;

/**
 * One {@link ClaimExtractor} per profile per JVM, built on first use and shared by every task
 * thread of that executor.
 *
 * <p>An extractor loads hundreds of megabytes of models and is thread-safe, so an executor builds
 * it once, when its first task asks, and keeps it for the life of the JVM. It is never serialised
 * or broadcast: tasks carry only the profile's id. The first caller builds while concurrent callers
 * wait for it; if building fails (for example too little heap), the task fails and Spark retries
 * it, and the next call tries again.
 */
public final class ExtractorHolder {

  private static final Map<Profile, ClaimExtractor> EXTRACTORS = new EnumMap<>(Profile.class);
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExtractorHolder() {}

  /** This JVM's extractor for the profile, built on the first call. */
  public static synchronized ClaimExtractor get(Profile profile) {
    ClaimExtractor extractor = EXTRACTORS.get(profile);
    if (extractor == null) {
      long start = System.nanoTime();
      extractor = ClaimExtractor.builder().profile(profile).build();
      BUILDS.incrementAndGet();
      // Once per executor JVM: where the first task's time went.
      System.err.printf(java.util.Locale.ROOT, "claimspan-spark: built the %s extractor in %.1f s%n",
          profile.id(), (System.nanoTime() - start) / 1e9);
      EXTRACTORS.put(profile, extractor);
    }
    return extractor;
  }

  /** How many extractors this JVM has built; for tests and logs. */
  public static int builds() {
    return BUILDS.get();
  }
}
