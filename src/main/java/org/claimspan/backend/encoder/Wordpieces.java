package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * A text cut into wordpieces: each one's vocabulary id and its UTF-16 offsets into the text it came
 * from, in text order and never overlapping. Special tokens ({@code [CLS]}, {@code [SEP]}) are not included. Characters the vocabulary
 * drops (control characters, combining marks) belong to no wordpiece; a word of unknown characters
 * is one {@code [UNK]} wordpiece covering the whole word. Immutable and thread-safe.
 */
public final class Wordpieces {
  private final String text;
  private final long[] ids;
  private final int[] begins;
  private final int[] ends;

  /**
   * Wordpieces of {@code text}; the arrays are copied.
   *
   * @throws IllegalArgumentException if the arrays differ in length, or a wordpiece's offsets are
   *     not {@code 0 <= begin < end <= text.length()}, each beginning at or after the previous one's end
   */
  public Wordpieces(String text, long[] ids, int[] begins, int[] ends) {
    this.text = checkNotNull(text, "text");
    checkArgument(ids.length == begins.length && ids.length == ends.length,
        "ids, begins and ends differ in length: %s, %s, %s", ids.length, begins.length, ends.length);
    for (int i = 0; i < ids.length; i++) {
      checkArgument(0 <= begins[i] && begins[i] < ends[i] && ends[i] <= text.length(),
          "wordpiece %s has offsets %s-%s in a text of length %s", i, begins[i], ends[i], text.length());
      checkArgument(i == 0 || ends[i - 1] <= begins[i],
          "wordpiece %s begins at %s, before wordpiece %s ends at %s", i, begins[i], i - 1, i == 0 ? 0 : ends[i - 1]);
    }
    this.ids = ids.clone();
    this.begins = begins.clone();
    this.ends = ends.clone();
  }

  /** The text the offsets refer to. */
  public String text() {
    return text;
  }

  /** The number of wordpieces. */
  public int size() {
    return ids.length;
  }

  /** The vocabulary id of wordpiece {@code i}. */
  public long id(int i) {
    checkElementIndex(i, ids.length, "wordpiece");
    return ids[i];
  }

  /** The UTF-16 offset of wordpiece {@code i}'s first character. */
  public int begin(int i) {
    checkElementIndex(i, ids.length, "wordpiece");
    return begins[i];
  }

  /** The UTF-16 offset just past wordpiece {@code i}'s last character. */
  public int end(int i) {
    checkElementIndex(i, ids.length, "wordpiece");
    return ends[i];
  }

  /** The ids of wordpieces {@code from} (inclusive) to {@code to} (exclusive), a fresh array. */
  public long[] ids(int from, int to) {
    checkArgument(0 <= from && from <= to && to <= ids.length,
        "range %s-%s outside %s wordpieces", from, to, ids.length);
    return Arrays.copyOfRange(ids, from, to);
  }

  /** The text of wordpiece {@code i} as written (not as the vocabulary spells it). */
  public String surface(int i) {
    return text.substring(begin(i), end(i));
  }

  @Override
  public String toString() {
    return "Wordpieces[" + ids.length + " over " + text.length() + " chars]";
  }
}
