package org.claimspan.internal.claim;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * Finds the first hedge ("might", "reportedly", "expected to") inside a span, as whole words, case
 * insensitively. Immutable and thread-safe.
 */
public final class HedgeFinder {
  private final Pattern pattern;

  /** @param hedges lower-case words and literal phrases, e.g. {@code Lexicons.hedges()}; not null */
  public HedgeFinder(Collection<String> hedges) {
    // Longest first, so "not clear" wins over a shorter entry starting at the same place.
    String alternation = String.join("|", hedges.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q"))
        .toList());
    this.pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}'\u2019])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  /** The first hedge in {@code within} (a span of {@code text}), if any. */
  public Optional<TextSpan> find(String text, TextSpan within) {
    Matcher m = pattern.matcher(text).region(within.begin(), within.end());
    while (m.find()) {
      if (isMonthMay(text, m.start(), m.group(), within.begin())) {
        continue;
      }
      return Optional.of(TextSpan.of(text, m.start(), m.end()));
    }
    return Optional.empty();
  }

  // "May" capitalised inside a span is the month ("in May 2019"), not the modal.
  private static boolean isMonthMay(String text, int start, String hit, int spanBegin) {
    return hit.equals("May") && start > spanBegin;
  }
}
