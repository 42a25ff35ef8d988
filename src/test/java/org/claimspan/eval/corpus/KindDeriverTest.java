package org.claimspan.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimspan.model.AttributionKind;
import org.junit.jupiter.api.Test;

class KindDeriverTest {

  private static AttributionKind kind(String content) {
    return KindDeriver.kindOf(new Attributions(content).span(0, content.length()));
  }

  @Test
  void whollyQuotedContentIsDirect() {
    assertThat(kind("“We will win,”")).isEqualTo(AttributionKind.DIRECT);
    assertThat(kind("\"We will win.\"")).isEqualTo(AttributionKind.DIRECT);
    assertThat(kind("“This is it,” “It is one of the things.”")).isEqualTo(AttributionKind.DIRECT);
    assertThat(kind("“He said ‘no’ to me.”")).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void paraphraseWithQuotedWordsIsMixed() {
    assertThat(kind("that she would “keep the details under wraps.”")).isEqualTo(AttributionKind.MIXED);
    assertThat(kind("“We will win,” adding nothing")).isEqualTo(AttributionKind.MIXED);
  }

  @Test
  void apostrophesDoNotMakeQuotes() {
    assertThat(kind("that Clinton’s team didn’t go")).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void discontinuousDirectQuoteIsDirect() {
    String text = "“One,” he said. “Two.”";
    Attributions a = new Attributions(text);
    assertThat(KindDeriver.kindOf(a.span(0, 6, 16, text.length()))).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void aQuoteMaySpanFragments() {
    String text = "\"It was close. She said so. It was fine.\"";
    Attributions a = new Attributions(text);
    assertThat(KindDeriver.kindOf(a.span(0, 14, 27, text.length()))).isEqualTo(AttributionKind.DIRECT);
  }
}
