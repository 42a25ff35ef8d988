package org.claimspan.eval.score;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares a predicted speaker name with a gold name and its aliases: case-insensitive, ignoring
 * a leading "the", leading titles ("Mr.", "President", "Sen.", ...) and surrounding punctuation.
 * Stateless and thread-safe.
 */
public final class SpeakerNames {

  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep",
          "representative", "gov", "governor", "president", "vice", "secretary", "minister",
          "prime", "gen", "general", "rev", "sir", "lady", "lord", "judge", "justice", "mayor",
          "chairman", "chairwoman", "speaker", "ambassador", "director", "spokesman",
          "spokeswoman", "spokesperson", "lt", "col", "capt", "sgt", "adm");

  private SpeakerNames() {}

  /** Whether {@code predicted} names the gold speaker or one of its aliases. */
  public static boolean matches(String predicted, String gold, List<String> aliases) {
    String p = normalize(predicted);
    if (p.isEmpty()) {
      return false;
    }
    if (p.equals(normalize(gold))) {
      return true;
    }
    return aliases.stream().anyMatch(alias -> p.equals(normalize(alias)));
  }

  /** Lower case, single spaces, no leading "the" or titles, no dots or commas. */
  static String normalize(String name) {
    String[] words =
        name.toLowerCase(Locale.ROOT).replaceAll("[.,;:\"“”'’]", " ").trim().split("\\s+");
    int start = 0;
    while (start < words.length - 1 && (words[start].equals("the") || TITLES.contains(words[start]))) {
      start++;
    }
    return String.join(" ", List.of(words).subList(start, words.length)).trim();
  }
}
