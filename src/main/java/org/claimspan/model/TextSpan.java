package org.claimspan.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code-unit offsets into a document's original
 * text, together with the text it covers.
 *
 * <p>Offsets are absolute (never sentence-relative), and {@code text} always equals {@code
 * documentText.substring(begin, end)}: build spans with {@link #of(String, int, int)} so the text
 * is taken from the source string rather than rebuilt from tokens. Instances are immutable and
 * thread-safe; no component is ever null.
 *
 * @param begin first offset, inclusive, {@code >= 0}
 * @param end last offset, exclusive, {@code >= begin}
 * @param text the covered text, of length {@code end - begin}
 */
public record TextSpan(int begin, int end, String text) implements Comparable<TextSpan> {

  /** Document order: by begin, then by end. */
  public static final Comparator<TextSpan> ORDER =
      Comparator.comparingInt(TextSpan::begin).thenComparingInt(TextSpan::end);

  public TextSpan {
    checkNotNull(text, "text");
    checkArgument(begin >= 0 && begin <= end, "invalid span [%s, %s)", begin, end);
    checkArgument(
        text.length() == end - begin,
        "span [%s, %s) has %s characters but its text has %s",
        begin,
        end,
        end - begin,
        text.length());
  }

  /**
   * The span {@code [begin, end)} of {@code source}.
   *
   * @throws IllegalArgumentException if the range is not inside {@code source}
   */
  public static TextSpan of(String source, int begin, int end) {
    checkNotNull(source, "source");
    checkArgument(
        begin >= 0 && begin <= end && end <= source.length(),
        "span [%s, %s) is outside a text of length %s",
        begin,
        end,
        source.length());
    return new TextSpan(begin, end, source.substring(begin, end));
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** Whether this span and {@code other} share at least one offset. */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  /** Whether the offset lies inside this span. */
  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  @Override
  public int compareTo(TextSpan other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")\"" + text + "\"";
  }
}
