package org.claimspan.internal.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;

/**
 * Picks a claim's {@link ClaimType} by transparent rules, first match wins: first-person singular
 * experience; then a future or predictive marker; then a stated quantity that is not just a date;
 * then causal wording; then laws, rules and official measures; else OTHER. Stateless and
 * thread-safe.
 */
public final class ClaimTypeRules {
  private static final Pattern PERSONAL = Pattern.compile("(?<![\\p{L}])(?:I|my|me|I've|I'm)(?![\\p{L}])");
  private static final Pattern PREDICTION = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:will|won't|going to|expected to|projected to|forecast(?:s)?|predict(?:s|ed)?|might|could|would"
          + "|likely to|set to|is to|are to)(?![\\p{L}])|\\p{L}['\u2019]ll(?![\\p{L}])");
  private static final Pattern CAUSAL = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:because|due to|caused|causes?|causing|led to|leads? to|lead to|result(?:ed|s)? in"
          + "|as a result|linked to|associated with|responsible for|thanks to|contribut(?:e|es|ed) to)(?![\\p{L}])");
  private static final Pattern LAW_RULE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:laws?|legal|illegal|unlawful|rules?|ruled|regulations?|regulators?|bans?|banned|sanctions?"
          + "|restrictions?|blacklist(?:ed)?|entit(?:y|ies) list|visas?|bills?|legislation|statute|treaty|constitution(?:al)?"
          + "|court|courts|policy|policies|tariffs?|licen[cs]es?|prohibit(?:s|ed)?|mandatory|permitted)(?![\\p{L}])");

  /** The type of a claim with content {@code content}, its quantities and its time expressions. */
  public ClaimType classify(String content, List<Quantity> quantities, List<TextSpan> times) {
    if (PERSONAL.matcher(content).find()) {
      return ClaimType.PERSONAL_EXPERIENCE;
    }
    if (PREDICTION.matcher(content).find()) {
      return ClaimType.PREDICTION;
    }
    boolean counted = quantities.stream().anyMatch(q -> times.stream().noneMatch(t -> t.contains(q.span())));
    if (counted) {
      return ClaimType.QUANTITY;
    }
    if (CAUSAL.matcher(content).find()) {
      return ClaimType.CORRELATION_CAUSATION;
    }
    if (LAW_RULE.matcher(content).find()) {
      return ClaimType.LAW_RULE;
    }
    return ClaimType.OTHER;
  }
}
