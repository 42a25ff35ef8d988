package org.claimspan.internal.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * Finds dates and relative times stated in a span: week days, month dates ("October 7, 2019"),
 * years and year ranges ("1966-1976"), and relative expressions ("yesterday", "last week", "in
 * recent months", "three years ago", "earlier this year"). Stateless and thread-safe.
 */
public final class TimeFinder {
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  private static final String NUMBER = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)";
  private static final String UNIT = "(?:days?|weeks?|months?|years?|decades?)";
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:"
          + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?"   // October 7, 2019
          + "|\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"                 // 7 October 2019
          + "|" + MONTH + "\\s+" + YEAR                                      // October 2019
          + "|" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?"
          + "|" + YEAR + "\\s*(?:-|\u2013|to)\\s*" + YEAR                     // 1966-1976
          + "|(?:in|since|by|until|before|after|from|during)\\s+" + YEAR     // in 2019
          + "|(?i:(?:yesterday|today|tonight|tomorrow)"
          + "|(?:last|next|this|past|coming)\\s+(?:day|week|weekend|month|year|decade)s?"
          + "|in\\s+(?:the\\s+)?(?:recent|coming|past|last|next)\\s+(?:" + NUMBER + "\\s+)?" + UNIT
          + "|" + NUMBER + "\\s+" + UNIT + "\\s+ago"
          + "|(?:earlier|later)\\s+this\\s+(?:week|month|year)"
          + "|recently))"
          + "(?![\\p{L}\\p{N}])");

  /** The time expressions inside {@code within} (a span of {@code text}), in order. */
  public List<TextSpan> find(String text, TextSpan within) {
    List<TextSpan> found = new ArrayList<>();
    Matcher m = TIME.matcher(text).region(within.begin(), within.end());
    while (m.find()) {
      found.add(TextSpan.of(text, m.start(), m.end()));
    }
    return found;
  }
}
