package org.claimspan.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.claimspan.model.TextSpan;

/**
 * Cuts paragraphs that are too long into pieces for the linguistic backend.
 *
 * <p>Why: a backend tags a region in one call, which cannot be interrupted; a scraped article with
 * no line breaks is one 2 MB "paragraph", and tagging it whole would both blow the time budget with
 * no chance to stop and hold all its annotations in memory at once. Pieces end after a sentence
 * end ({@code . ! ?} followed by a space) where there is one, else at a space, else at the limit
 * (never between the two halves of a surrogate pair). Normal paragraphs are passed through
 * untouched, so results on ordinary text do not change. Offsets stay the original ones.
 * Stateless and thread-safe.
 */
public final class AnalysisRegions {

  /** Longest region handed to the backend, in UTF-16 units; far above any real paragraph. */
  public static final int MAX_REGION_LENGTH = 20_000;

  private AnalysisRegions() {}

  /**
   * The paragraphs, with any longer than {@code maxLength} cut into pieces of at most that.
   *
   * @param maxLength at least 2, so that a piece can always hold a surrogate pair and move on
   */
  public static List<TextSpan> split(String text, List<TextSpan> paragraphs, int maxLength) {
    checkArgument(maxLength >= 2, "maxLength must be at least 2: %s", maxLength);
    List<TextSpan> regions = new ArrayList<>(paragraphs.size());
    for (TextSpan paragraph : paragraphs) {
      int begin = paragraph.begin();
      while (paragraph.end() - begin > maxLength) {
        int cut = cutPoint(text, begin, begin + maxLength);
        addTrimmed(text, begin, cut, regions);
        begin = cut;
      }
      addTrimmed(text, begin, paragraph.end(), regions);
    }
    return regions;
  }

  /** Where to end a piece that starts at {@code begin} and may run to {@code limit}. */
  private static int cutPoint(String text, int begin, int limit) {
    int floor = begin + (limit - begin) / 2; // never a tiny piece: search the second half only
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1))
        ? limit - 1
        : limit;
  }

  private static void addTrimmed(String text, int begin, int end, List<TextSpan> regions) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin < end) {
      regions.add(TextSpan.of(text, begin, end));
    }
  }
}
