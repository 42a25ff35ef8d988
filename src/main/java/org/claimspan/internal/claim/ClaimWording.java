package org.claimspan.internal.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Quote;
import org.claimspan.model.TextSpan;

/**
 * How one claim reads without the article around it.
 *
 * <ul>
 *   <li>Words that were quoted stay a quotation, in the text's own quote marks, since their "I"
 *       and "we" point at the speaker only inside quote marks: {@code Grant said: "It has been the
 *       honour of my life to serve this state."}
 *   <li>An indirect report drops the words that only linked it to the sentence before ("but",
 *       "and", "also", "however,"): {@code Grant said it is time for a new generation.}
 *   <li>An author claim is its sentence.
 * </ul>
 *
 * <p>No rendering adds words beyond the claimant's name and "said": a statement is never longer
 * than the words claimed plus the name, " said: " and the quote marks and stop around them.
 * Immutable and thread-safe. Offsets are UTF-16 indexes into the document's text.
 */
public final class ClaimWording {
  /** Words that tie a sentence to the one before, with or without a comma after them. */
  private static final Pattern LINKING_WORD = Pattern.compile(
      "(?:and|but|or|nor|yet|plus|also)\\b,?\\s+", Pattern.CASE_INSENSITIVE);
  /** Sentence adverbs that tie a sentence to the one before when a comma follows them. */
  private static final Pattern LINKING_ADVERB = Pattern.compile(
      "(?:however|still|so|meanwhile|moreover|furthermore|besides|instead|indeed|nonetheless|nevertheless"
          + "|then|now|thus|therefore|in fact|in addition|at the same time),\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final String SAID = " said";

  private final String words;
  private final int wordsBegin;
  private final boolean attributed;
  private final Optional<String> marks;
  private final char stop;

  private ClaimWording(String words, int wordsBegin, boolean attributed, Optional<String> marks, char stop) {
    this.words = words;
    this.wordsBegin = wordsBegin;
    this.attributed = attributed;
    this.marks = marks;
    this.stop = stop;
  }

  /**
   * The wording of a claim made of {@code fragments} of {@code text}.
   *
   * @param text the document's text; not null
   * @param fragments the words claimed, in text order, without what lies between them (a cue
   *     that interrupts them); not null, not empty, each inside {@code text}
   * @param attributed whether a source claims them (false: the author's own sentence)
   * @param quotes the document's quotes; a claim whose fragments all lie inside quotes is a
   *     quotation; not null
   * @throws IllegalArgumentException if {@code fragments} is empty or a fragment lies outside the
   *     text
   */
  public static ClaimWording of(String text, List<TextSpan> fragments, boolean attributed, List<Quote> quotes) {
    checkNotNull(text, "text");
    checkNotNull(quotes, "quotes");
    checkArgument(!fragments.isEmpty(), "a claim needs at least one fragment");
    for (TextSpan fragment : fragments) {
      checkArgument(fragment.end() <= text.length(), "fragment %s outside a text of length %s", fragment, text.length());
    }
    Optional<String> marks = attributed ? quoteMarks(text, fragments, quotes) : Optional.empty();
    TextSpan first = fragments.get(0);
    int begin = first.begin();
    if (attributed && marks.isEmpty()) {
      begin += linkingWordsLength(first.text());
    }
    List<String> parts = new ArrayList<>();
    parts.add(text.substring(begin, first.end()));
    fragments.subList(1, fragments.size()).forEach(fragment -> parts.add(fragment.text()));
    String words = String.join(" ", parts).strip().replaceAll("\\s+", " ");
    if (marks.isEmpty()) {
      words = closeCutQuotation(words);
    }
    int end = fragments.get(fragments.size() - 1).end();
    char stop = end < text.length() && text.charAt(end) == '!' ? '!' : '.';
    return new ClaimWording(words, begin, attributed, marks, stop);
  }

  /**
   * The wording of a claim of {@code result}: its fragments are the parts of its attribution's
   * content inside the claim's content (the claim's content alone for an author claim).
   */
  public static ClaimWording of(ExtractionResult result, Claim claim) {
    checkNotNull(result, "result");
    checkNotNull(claim, "claim");
    String text = result.document().text();
    Optional<Attribution> attribution = claim.attributionId().flatMap(result::attribution);
    List<TextSpan> fragments = new ArrayList<>();
    if (attribution.isPresent()) {
      for (TextSpan part : attribution.get().contentParts()) {
        int begin = Math.max(part.begin(), claim.content().begin());
        int end = Math.min(part.end(), claim.content().end());
        if (begin < end) {
          TextSpan fragment = Fragments.trim(text, TextSpan.of(text, begin, end));
          if (!fragment.isEmpty()) {
            fragments.add(fragment);
          }
        }
      }
    }
    if (fragments.isEmpty()) {
      fragments.add(claim.content());
    }
    return of(text, fragments, attribution.isPresent(), result.quotes());
  }

  /** Whether the words are a quotation: every fragment lies inside quote marks. */
  public boolean quoted() {
    return marks.isPresent();
  }

  /** Where the words kept begin in the text, after any linking word left out; a UTF-16 offset. */
  public int wordsBegin() {
    return wordsBegin;
  }

  /**
   * What is claimed, as a sentence of its own and without who claims it: the quotation in its
   * quote marks ({@code "It has been the honour of my life."}), or the reported words
   * capitalised ({@code It is time for a new generation.}); never null or empty.
   */
  public String claimed() {
    String sentence = capitalize(words) + stopAfter(words);
    return marks.map(m -> m.charAt(0) + sentence + m.charAt(1)).orElse(sentence);
  }

  /**
   * The statement: {@code Grant said: "It has been ..."} for a quotation, {@code Grant said it is
   * time ...} for an indirect report, the sentence itself for an author claim.
   *
   * @param claimant how to name who claims it ("Grant", "The mayor"); ignored for an author
   *     claim; "Someone" when empty
   * @param keepCase whether the first word keeps its capital in an indirect report (a name, "I")
   */
  public String statement(Optional<String> claimant, boolean keepCase) {
    checkNotNull(claimant, "claimant");
    if (!attributed) {
      return claimed();
    }
    String who = capitalize(claimant.filter(name -> !name.isBlank()).orElse("Someone"));
    if (marks.isPresent()) {
      return who + SAID + ": " + claimed();
    }
    String reported = keepCase || words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    return who + SAID + " " + reported + stopAfter(words);
  }

  /**
   * The quote marks around the fragments, opening and closing, when each fragment lies inside a
   * quote; the closing mark is the one that pairs with the opening mark.
   */
  private static Optional<String> quoteMarks(String text, List<TextSpan> fragments, List<Quote> quotes) {
    Quote first = null;
    for (TextSpan fragment : fragments) {
      Optional<Quote> around = quotes.stream().filter(q -> q.content().contains(fragment)).findFirst();
      if (around.isEmpty()) {
        return Optional.empty();
      }
      first = first == null ? around.get() : first;
    }
    char open = text.charAt(first.span().begin());
    return switch (open) {
      case '\u201C' -> Optional.of("\u201C\u201D");
      case '\u2018' -> Optional.of("\u2018\u2019");
      case '\u00AB' -> Optional.of("\u00AB\u00BB");
      case '\'' -> Optional.of("''");
      default -> Optional.of("\"\"");
    };
  }

  /** The length of the linking words at the start of {@code words}, or 0 when none, or all of it. */
  private static int linkingWordsLength(String words) {
    int at = 0;
    while (true) {
      Matcher conjunction = LINKING_WORD.matcher(words).region(at, words.length());
      Matcher adverb = LINKING_ADVERB.matcher(words).region(at, words.length());
      if (conjunction.lookingAt()) {
        at = conjunction.end();
      } else if (adverb.lookingAt()) {
        at = adverb.end();
      } else {
        break;
      }
    }
    return at < words.length() ? at : 0;
  }

  /** Closes a quotation that the content's end cut off, so the words read whole. */
  private static String closeCutQuotation(String words) {
    long straight = words.chars().filter(c -> c == '"').count();
    long opening = words.chars().filter(c -> c == '\u201C').count();
    long closing = words.chars().filter(c -> c == '\u201D').count();
    if (straight % 2 == 1) {
      return words + '"';
    }
    return opening > closing ? words + '\u201D' : words;
  }

  /** The stop to add after {@code words}: none when they already end a sentence. */
  private String stopAfter(String words) {
    if (words.isEmpty()) {
      return String.valueOf(stop);
    }
    char last = words.charAt(words.length() - 1);
    return last == '.' || last == '!' || last == '?' ? "" : String.valueOf(stop);
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public String toString() {
    return claimed();
  }
}
