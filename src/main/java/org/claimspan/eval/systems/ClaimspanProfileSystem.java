package org.claimspan.eval.systems;

import static com.google.common.base.Preconditions.checkNotNull;

import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;

/**
 * A Claimspan profile as a {@link SystemUnderTest}, named by the profile id. The models load in the
 * constructor. Thread-safe, as {@link ClaimExtractor} is.
 */
public final class ClaimspanProfileSystem implements SystemUnderTest {

  private final ClaimExtractor extractor;

  /** Builds an extractor for the profile; takes seconds. */
  public ClaimspanProfileSystem(Profile profile) {
    this.extractor = ClaimExtractor.builder().profile(checkNotNull(profile, "profile")).build();
  }

  @Override
  public String name() {
    return extractor.profile().id();
  }

  @Override
  public ExtractionResult extract(Document document) {
    return extractor.extract(document);
  }
}
