package org.claimspan.eval.systems;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.backend.Backends;
import org.claimspan.internal.engine.ExtractionEngine;
import org.claimspan.internal.engine.ExtractionLimits;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.spi.LinguisticBackend;

/**
 * A Claimspan profile whose linguistic analyses are kept in a {@link CachingBackend} folder, so
 * that scoring the same corpus again after a rule change skips the parse (nearly all of the time).
 * It runs the same engine with the same default limits as {@link ClaimExtractor}, so its results
 * equal the extractor's, with one difference: the cache parses without the time budget (a parse
 * cut short would be kept as if whole), which news articles never reach. For {@code eval --cache}
 * only; thread-safe.
 */
public final class CachedProfileSystem implements SystemUnderTest {
  private final Profile profile;
  private final LinguisticBackend backend;
  private final ExtractionEngine engine = new ExtractionEngine(Lexicons.loadDefault());
  private final ExtractionLimits limits =
      new ExtractionLimits(ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH, ClaimExtractor.DEFAULT_MAX_SENTENCE_TOKENS);
  private final Map<String, String> info;

  /** Loads the profile's backend (seconds) and keeps its analyses under {@code cache}. */
  public CachedProfileSystem(Profile profile, Path cache) throws IOException {
    this.profile = checkNotNull(profile, "profile");
    this.backend = new CachingBackend(Backends.forProfile(profile), cache);
    this.info = Map.of("profile", profile.id(), "backend", backend.name(), "version", ClaimExtractor.version());
  }

  @Override
  public String name() {
    return profile.id();
  }

  @Override
  public ExtractionResult extract(Document document) {
    checkNotNull(document, "document");
    checkArgument(document.text().length() <= limits.maxDocumentLength(),
        "document '%s' has %s characters, over the limit of %s", document.id(), document.text().length(),
        limits.maxDocumentLength());
    return engine.extract(document, backend, limits, info);
  }
}
