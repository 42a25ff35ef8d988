package org.claimspan.internal.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Size and time limits an extractor enforces.
 *
 * @param maxDocumentLength longest accepted text, in UTF-16 code units
 * @param maxSentenceTokens longest sentence, in tokens, that is still parsed
 * @param timeBudget time allowed per document; stages still to run when it is spent are skipped
 */
public record ExtractionLimits(int maxDocumentLength, int maxSentenceTokens, Duration timeBudget) {

  /** The time budget used when none is given: generous for any news article. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

  public ExtractionLimits {
    checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
    checkArgument(maxSentenceTokens > 0, "maxSentenceTokens must be positive: %s", maxSentenceTokens);
    checkNotNull(timeBudget, "timeBudget");
    checkArgument(!timeBudget.isNegative() && !timeBudget.isZero(), "timeBudget must be positive: %s", timeBudget);
  }

  /** Limits with the default time budget (kept for callers written before the budget existed). */
  public ExtractionLimits(int maxDocumentLength, int maxSentenceTokens) {
    this(maxDocumentLength, maxSentenceTokens, DEFAULT_TIME_BUDGET);
  }
}
