package org.claimspan.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The named sets of quote marks, and where the engine's and scoring's sets deliberately differ. */
class QuoteMarksTest {

  @Test
  void typographicMarksOpenOrCloseAndTheStraightMarkDoesBoth() {
    assertThat(chars("\u201C\u201E\u201F\u00AB")).allMatch(c -> QuoteMarks.isTypographicOpening(c));
    assertThat(chars("\u201D\u00BB")).allMatch(c -> QuoteMarks.isTypographicClosing(c));
    assertThat(QuoteMarks.isTypographicOpening('"')).isFalse();
    assertThat(QuoteMarks.isDoubleOpen('"')).isTrue();
    assertThat(QuoteMarks.isDoubleClose('"')).isTrue();
    assertThat(QuoteMarks.isDoubleClose('\u201C')).isFalse();
    assertThat(QuoteMarks.isDoubleMark('\u2019')).isFalse();
  }

  @Test
  void theEngineReadsTheSingleMarksOfNewsTextOnly() {
    assertThat(chars("'\u2018\u2019")).allMatch(c -> QuoteMarks.isAnyQuoteMark(c));
    assertThat(chars("\u201A\u201B\u2039\u203A`")).noneMatch(c -> QuoteMarks.isAnyQuoteMark(c));
  }

  @Test
  void scoringStripsEverySingleMark() {
    assertThat(chars("\"\u201C\u201D'\u2018\u2019\u201A\u201B\u2039\u203A`"))
        .allMatch(c -> QuoteMarks.isQuoteMarkForScoring(c));
    assertThat(QuoteMarks.isQuoteMarkForScoring('a')).isFalse();
  }

  @Test
  void tokensIncludeTheTokenizersDoubledMarks() {
    assertThat(QuoteMarks.isDoubleQuoteToken("``")).isTrue();
    assertThat(QuoteMarks.isDoubleQuoteToken("''")).isTrue();
    assertThat(QuoteMarks.isDoubleQuoteToken("'")).isFalse();
    assertThat(QuoteMarks.isQuoteToken("'")).isTrue();
    assertThat(QuoteMarks.isQuoteToken("\"\"")).isFalse();
  }

  private static List<Character> chars(String marks) {
    return marks.chars().mapToObj(c -> (char) c).toList();
  }
}
