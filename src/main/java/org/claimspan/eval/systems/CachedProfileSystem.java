package org.claimspan.eval.systems;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.backend.Backends;

/**
 * A Claimspan profile whose linguistic analyses are kept in a {@link CachingBackend} folder, so
 * that scoring the same corpus again after a rule change skips the parse (nearly all of the time).
 * It is a {@link ClaimExtractor} of the profile with the caching backend plugged in, so its
 * results equal the plain extractor's, with one difference: the cache parses without the time
 * budget (a parse cut short would be kept as if whole), which news articles never reach. For
 * {@code eval --cache} only; thread-safe.
 */
public final class CachedProfileSystem implements SystemUnderTest {
  private final Profile profile;
  private final ClaimExtractor extractor;

  /** Loads the profile's backend (seconds) and keeps its analyses under {@code cache}. */
  public CachedProfileSystem(Profile profile, Path cache) throws IOException {
    this.profile = checkNotNull(profile, "profile");
    this.extractor = ClaimExtractor.builder()
        .profile(profile)
        .backend(new CachingBackend(Backends.forProfile(profile), cache))
        .build();
  }

  @Override
  public String name() {
    return profile.id();
  }

  @Override
  public ExtractionResult extract(Document document) {
    return extractor.extract(document);
  }
}
