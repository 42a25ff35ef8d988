package org.claimspan.internal.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;

/**
 * Finds stated quantities: digits ("28", "1,200", "19.3"), spelled-out numbers with a scale word
 * ("one million"), scales ("$4.2 billion"), percentages, currencies, ranges ("1966-1976") and the
 * qualifiers before them ("over", "up to", "nearly"); the unit is "people" or "years" when the
 * noun after the number says so. Small spelled-out numbers ("two of the
 * world's largest") are not read as statistics. Thread-safe.
 */
public final class QuantityFinder {
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("a", 1L), Map.entry("an", 1L), Map.entry("one", 1L), Map.entry("two", 2L),
      Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L),
      Map.entry("several", 3L), Map.entry("dozens", 24L));
  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final String QUALIFIER =
      "(?<qualifier>more than|less than|fewer than|at least|at most|up to|as many as|as much as|over|under|nearly|almost|about|around|approximately|roughly|some|just over|just under)";
  private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String WORD_NUMBER =
      "(?:" + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
  private static final String SCALE = "(?<scale>hundred|thousand|million|billion|trillion)";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?i)(?<![\\w.])(?:" + QUALIFIER + "\\s+)?"
          + "(?<currency>[$\u20AC\u00A3\u00A5])?"
          + "(?:(?<digits>" + NUMBER + ")(?:\\s*(?:-|\u2013|to)\\s*(?<upper>" + NUMBER + "))?"
          + "|(?<word>" + WORD_NUMBER + ")(?=\\s+" + SCALE.replace("?<scale>", "?:") + "))"
          + "(?:\\s*" + SCALE + ")?"
          + "(?:\\s*(?<unit>%|percent\\b|per cent\\b|percentage points?\\b))?"
          + "(?![\\w])");
  // What the number counts, read from the noun right after it (one modifier allowed: "one million
  // ethnic Uighurs"); only units a reader can rely on, so "28 Chinese organisations" gets none.
  private static final Pattern COUNTED = Pattern.compile(
      "(?iu)\\s+(?:[\\p{L}-]+\\s+)?(?:(?<people>people|persons|individuals|residents|citizens|civilians|workers|employees"
          + "|muslims|uighurs|uyghurs|children|adults|women|men|voters|patients|students|immigrants|migrants|refugees"
          + "|soldiers|troops|inhabitants|protesters|americans)|(?<years>years?))(?![\\p{L}])");

  /** Quantities inside the span of {@code text}, in order, with spans into {@code text}. */
  public List<Quantity> find(String text, TextSpan within) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text).region(within.begin(), within.end());
    while (m.find()) {
      OptionalDouble value = OptionalDouble.empty();
      OptionalDouble upper = OptionalDouble.empty();
      double scale = m.group("scale") == null ? 1 : SCALES.get(m.group("scale").toLowerCase(Locale.ROOT));
      if (m.group("digits") != null) {
        value = OptionalDouble.of(parse(m.group("digits")) * scale);
        if (m.group("upper") != null) {
          upper = OptionalDouble.of(parse(m.group("upper")) * scale);
        }
      } else if (m.group("word") != null) {
        value = OptionalDouble.of(WORDS.get(m.group("word").toLowerCase(Locale.ROOT)) * scale);
      }
      found.add(new Quantity(
          TextSpan.of(text, m.start(), m.end()),
          value,
          upper,
          unit(m).or(() -> counted(text, m.end(), within.end())),
          Optional.ofNullable(m.group("qualifier")).map(q -> q.toLowerCase(Locale.ROOT))));
    }
    return found;
  }

  private static Optional<String> counted(String text, int from, int limit) {
    Matcher noun = COUNTED.matcher(text).region(from, limit);
    if (!noun.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(noun.group("people") != null ? "people" : "years");
  }

  private static Optional<String> unit(Matcher m) {
    if (m.group("unit") != null) {
      return Optional.of(m.group("unit").startsWith("percentage") ? "percentage points" : "percent");
    }
    if (m.group("currency") != null) {
      return Optional.of(switch (m.group("currency")) {
        case "$" -> "USD";
        case "\u20AC" -> "EUR";
        case "\u00A3" -> "GBP";
        default -> "JPY";
      });
    }
    return Optional.empty();
  }

  private static double parse(String digits) {
    return Double.parseDouble(digits.replace(",", ""));
  }
}
