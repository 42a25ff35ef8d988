package org.claimspan.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurledQuotesTest {

  @Test
  void curlsStraightDoubleQuotesByWhetherTheyOpenOrClose() {
    assertThat(CurledQuotes.of("\"Yes,\" she said. He called it \"a disaster\".")).isEqualTo(
        "\u201CYes,\u201D she said. He called it \u201Ca disaster\u201D.");
    assertThat(CurledQuotes.of("(\"so-called\") -\"now\"")).isEqualTo("(\u201Cso-called\u201D) -\u201Cnow\u201D");
  }

  @Test
  void writesAnOpeningDoubledApostropheAsBackticksAndKeepsTheClosingOne() {
    assertThat(CurledQuotes.of("''We won,'' he said.")).isEqualTo("``We won,'' he said.");
  }

  @Test
  void keepsTheLengthAndLeavesApostrophesLoneQuotesAndOtherTextAlone() {
    String text = "It's 5' 10\" tall \" and Trump's ''cut'' -- caf\u00e9 \uD83D\uDE00 \"";
    String curled = CurledQuotes.of(text);
    assertThat(curled).hasSameSizeAs(text);
    assertThat(curled).startsWith("It's 5' 10\u201D tall \" and Trump's ``cut''").endsWith("\uD83D\uDE00 \"");
    assertThat(CurledQuotes.of("")).isEmpty();
    assertThat(CurledQuotes.of("no quotes here")).isEqualTo("no quotes here");
  }
}
