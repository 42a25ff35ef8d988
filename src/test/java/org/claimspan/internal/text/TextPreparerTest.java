package org.claimspan.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

class TextPreparerTest {
  private final TextPreparer preparer =
      new TextPreparer(List.of(Pattern.compile("(?i)^also read\\b"), Pattern.compile("(?i)^disclaimer:")));

  @Test
  void linesAreParagraphsWithOriginalOffsetsAndFurnitureSetAside() {
    String text = "  First paragraph.\r\n\r\nAlso Read\nSecond one.  \nDisclaimer: none\n";
    PreparedText prepared = preparer.prepare(text);
    assertThat(prepared.paragraphs()).extracting(TextSpan::text).containsExactly("First paragraph.", "Second one.");
    assertThat(prepared.furniture()).extracting(TextSpan::text).containsExactly("Also Read", "Disclaimer: none");
    for (TextSpan span : prepared.paragraphs()) {
      assertThat(text.substring(span.begin(), span.end())).isEqualTo(span.text());
    }
  }

  @Test
  void emptyTextHasNoParagraphs() {
    assertThat(preparer.prepare("").paragraphs()).isEmpty();
    assertThat(preparer.prepare("\n \n").paragraphs()).isEmpty();
  }

  @Test
  void controlCharactersAreReported() {
    PreparedText prepared = preparer.prepare("Text\u0000with a NUL.");
    assertThat(prepared.diagnostics()).extracting(d -> d.code()).containsExactly("control-characters");
  }

  @Test
  void markupAndEntitiesAreReportedAtTheFirstOneWithoutChangingTheText() {
    String text = "Intro &amp; more.\n<p>\u201CWe won,\u201D <b>she</b> said.</p>";
    PreparedText prepared = preparer.prepare(text);
    assertThat(prepared.diagnostics()).extracting(d -> d.code()).containsExactly("markup");
    assertThat(prepared.diagnostics().get(0).span().get().text()).isEqualTo("&amp;");
    assertThat(prepared.diagnostics().get(0).message()).startsWith("4 HTML tag(s) and 1 character");
    assertThat(prepared.text()).isSameAs(text);
  }

  @Test
  void lessThanSignsAndAmpersandsInProseAreNotMarkup() {
    assertThat(preparer.prepare("Profits < 5% & losses > 2, AT&T said; x<y.").diagnostics()).isEmpty();
  }

  @Test
  void loneSurrogatesAreReportedButPairsAreNot() {
    PreparedText prepared = preparer.prepare("Emoji \uD83D\uDE00 fine, cut \uD83D here and \uDC00 there.");
    assertThat(prepared.diagnostics()).extracting(d -> d.code()).containsExactly("invalid-unicode");
    assertThat(prepared.diagnostics().get(0).message()).startsWith("2 lone surrogate(s)");
    assertThat(prepared.diagnostics().get(0).span().get().begin()).isEqualTo(19);
    assertThat(preparer.prepare("\uD83D\uDE00\uD83D\uDE00").diagnostics()).isEmpty();
  }

  @Test
  void aLongBylineLikeLineNeverOverflowsTheStack() throws Exception {
    // The byline pattern recursed per name: "By A, B, C, ..." overflowed a 256 KB stack at 400 characters.
    TextPreparer real = new TextPreparer(org.claimspan.internal.lexicon.Lexicons.loadDefault().boilerplate());
    Throwable[] thrown = {null};
    PreparedText[] prepared = {null, null};
    Thread small = new Thread(null, () -> {
      try {
        prepared[0] = real.prepare("By " + "Ab, ".repeat(240) + "x");
        prepared[1] = real.prepare("By " + "Ab, ".repeat(20_000) + "x");
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "small-stack", 256 * 1024);
    small.start();
    small.join();
    assertThat(thrown[0]).isNull();
    assertThat(prepared[0].paragraphs()).hasSize(1);
    assertThat(prepared[1].paragraphs()).hasSize(1);
    assertThat(real.prepare("By Jane Doe and John Roe").furniture()).hasSize(1);
  }
}
