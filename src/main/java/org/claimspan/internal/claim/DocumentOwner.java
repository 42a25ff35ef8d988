package org.claimspan.internal.claim;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Studies, reports and polls as sources, and the organisation behind one when its description
 * names it: "A new study published in The Lancet" is The Lancet's, "the Pew Research Center's
 * survey" Pew Research Center's, "a new poll" nobody's that the text names. Works on the words
 * alone (a run of capitalised words, possibly joined by "of", "for", "and" or "&amp;"), for
 * sources the parser gave no entity. Stateless and thread-safe.
 */
public final class DocumentOwner {
  private static final Set<String> DOCUMENT_NOUNS = Set.of(
      "study", "studies", "report", "reports", "poll", "polls", "polling", "survey", "surveys", "analysis",
      "research", "paper", "review", "audit", "data", "memo", "filing", "complaint", "lawsuit", "letter",
      "statement", "document", "documents", "article", "book", "ad", "ads", "video", "website", "release",
      "email", "emails", "tweet", "post", "census", "index", "estimate", "estimates", "figures", "numbers",
      "projections", "records", "findings", "investigation", "assessment", "briefing", "brief");
  private static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "another");
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "on", "the");
  private static final Set<String> DATE_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "i");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private DocumentOwner() {}

  /** Whether {@code description} (not null) speaks of a document: a study, report, poll, ... */
  public static boolean isDocument(String description) {
    checkNotNull(description, "description");
    for (String word : words(description)) {
      if (DOCUMENT_NOUNS.contains(bare(word).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of the organisation (or person) behind the document that {@code description} (not
   * null) speaks of, when it names one; empty when it names none ("a new poll").
   */
  public static Optional<String> namedIn(String description) {
    checkNotNull(description, "description");
    List<String> words = words(description);
    for (int i = 0; i < words.size(); i++) {
      if (!startsName(words, i)) {
        continue;
      }
      int end = i + 1;
      while (end < words.size() && !endsRun(words.get(end - 1))) {
        String next = words.get(end);
        if (isCapitalised(next)) {
          end++;
        } else if (JOINERS.contains(next.toLowerCase(Locale.ROOT)) && end + 1 < words.size()
            && isCapitalised(words.get(end + 1))) {
          end += 2;
        } else {
          break;
        }
      }
      Optional<String> name = name(words.subList(i, end), end < words.size() ? words.get(end) : "");
      if (name.isPresent()) {
        return name;
      }
      i = end - 1;
    }
    return Optional.empty();
  }

  /** Whether a name may start at word {@code i}: a capital, and not the description's opening article. */
  private static boolean startsName(List<String> words, int i) {
    String word = words.get(i);
    return isCapitalised(word) && !(i == 0 && DETERMINERS.contains(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The run as a name: without a possessive, trailing document nouns ("Gallup Poll") and
   * punctuation; empty for dates, a lone demonym before a noun ("a British study") or nothing left.
   */
  private static Optional<String> name(List<String> run, String following) {
    List<String> kept = new ArrayList<>(run);
    kept.set(kept.size() - 1, bare(kept.get(kept.size() - 1)));
    while (!kept.isEmpty() && DOCUMENT_NOUNS.contains(bare(kept.get(kept.size() - 1)).toLowerCase(Locale.ROOT))) {
      kept.remove(kept.size() - 1);
    }
    while (!kept.isEmpty() && JOINERS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
      kept.remove(kept.size() - 1);
    }
    if (kept.isEmpty() || kept.stream().allMatch(w -> DATE_WORDS.contains(bare(w).toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    if (kept.size() == 1 && isDemonym(kept.get(0)) && run.size() == 1 && startsLowercase(following)) {
      return Optional.empty();
    }
    String name = String.join(" ", kept);
    return name.isBlank() ? Optional.empty() : Optional.of(name);
  }

  private static boolean isDemonym(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("an") || lower.endsWith("ish") || lower.endsWith("ese") || lower.endsWith("ic")
        || lower.endsWith("i");
  }

  private static boolean startsLowercase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /** Whether a run of capitalised words ends after {@code word}: a comma, a possessive, a stop. */
  private static boolean endsRun(String word) {
    return word.endsWith(",") || word.endsWith(";") || word.endsWith(":") || !bare(word).equals(stripPunctuation(word))
        || word.endsWith("'s") || word.endsWith("\u2019s");
  }

  private static boolean isCapitalised(String word) {
    String bare = bare(word);
    return !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
  }

  /** The word without a possessive and surrounding punctuation. */
  private static String bare(String word) {
    String stripped = stripPunctuation(word);
    if (stripped.endsWith("'s") || stripped.endsWith("\u2019s")) {
      stripped = stripped.substring(0, stripped.length() - 2);
    } else if (stripped.endsWith("s'") || stripped.endsWith("s\u2019")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }

  private static String stripPunctuation(String word) {
    int begin = 0;
    int end = word.length();
    while (begin < end && isOuterPunctuation(word.charAt(begin))) {
      begin++;
    }
    while (end > begin && isOuterPunctuation(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(begin, end);
  }

  private static boolean isOuterPunctuation(char c) {
    return ",;:.!?()[]\"\u201C\u201D\u2018".indexOf(c) >= 0;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
