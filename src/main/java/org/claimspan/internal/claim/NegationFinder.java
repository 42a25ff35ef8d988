package org.claimspan.internal.claim;

import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * Whether a span contains a negation ("not", "n't", "never", "no", "nobody", ...). A surface test
 * on purpose: it does not decide the negation's scope. Stateless and thread-safe.
 */
public final class NegationFinder {
  private static final Pattern NEGATION = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{N}])(?:not|never|no|nobody|nothing|neither|nor|none|cannot)(?![\\p{L}\\p{N}'\u2019])"
          + "|\\p{L}n['\u2019]t(?![\\p{L}])");

  /** Whether {@code within} (a span of {@code text}) contains a negation word. */
  public boolean isNegated(String text, TextSpan within) {
    return NEGATION.matcher(text).region(within.begin(), within.end()).find();
  }
}
