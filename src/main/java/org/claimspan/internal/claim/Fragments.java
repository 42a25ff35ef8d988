package org.claimspan.internal.claim;

import org.claimspan.model.TextSpan;

/** Trimming of the pieces claims are made of. Stateless. */
final class Fragments {
  private Fragments() {}

  /**
   * The span without trailing punctuation, quote marks and spaces, and without leading quote marks
   * and spaces; offsets are UTF-16 indexes into {@code text}.
   */
  static TextSpan trim(String text, TextSpan span) {
    int begin = span.begin();
    int end = span.end();
    while (end > begin && ".,;:!\"\u201D\u2019' \n\t\r".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    while (begin < end && "\"\u201C\u2018' \n\t\r".indexOf(text.charAt(begin)) >= 0) {
      begin++;
    }
    return TextSpan.of(text, begin, end);
  }
}
