package org.claimspan.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.claimspan.internal.text.TextPreparer;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final TextPreparer preparer = new TextPreparer(List.of(Pattern.compile("(?i)^also read\\b")));
  private final QuoteFinder finder = new QuoteFinder();

  private QuoteFinder.Found find(String text) {
    return finder.find(preparer.prepare(text));
  }

  private static List<String> contents(QuoteFinder.Found found) {
    return found.quotes().stream().map(q -> q.content().text()).toList();
  }

  @Test
  void findsCurlyAndStraightQuotesWithMarksInTheSpan() {
    QuoteFinder.Found found = find("\u201CWe won,\u201D she said. He replied: \"Not yet.\"");
    assertThat(contents(found)).containsExactly("We won,", "Not yet.");
    assertThat(found.quotes().get(0).span().text()).isEqualTo("\u201CWe won,\u201D");
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void doubledApostrophesAfterALetterOrDigitOpenNoQuote() {
    QuoteFinder.Found found = find("He is 5'10'' tall and fits a 12'' pipe; the Joneses'' farm was sold.");
    assertThat(contents(found)).isEmpty();
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void aRightMarkOpeningAParagraphOpensAQuote() {
    QuoteFinder.Found found = find("\u201DFear. I am truly afraid.\u201D \u2015 Ana Ruiz\nShe said it twice.\u201D");
    assertThat(contents(found)).containsExactly("Fear. I am truly afraid.");
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(contents(find("Warren\u2019s plan isn\u2019t the mayor\u2019s."))).isEmpty();
  }

  @Test
  void singleCurlyQuotesAtTopLevelAreQuotes() {
    assertThat(contents(find("Warren: \u2018You Should Be Investigated.\u2019"))).containsExactly("You Should Be Investigated.");
  }

  @Test
  void singleQuotesInsideDoubleQuotesStayInside() {
    assertThat(contents(find("\u201CHe told me, \u2018We\u2019ll pay,\u2019 and did not,\u201D she said.")))
        .containsExactly("He told me, \u2018We\u2019ll pay,\u2019 and did not,");
  }

  @Test
  void doubledApostrophesAreDoubleQuoteMarks() {
    // The plain-text style of some newspapers (PolNeAR's New York Times articles).
    QuoteFinder.Found found = find("''It's over,'' he said, and the students' ''safe space'' talk ended. ''Yes.\n''No,'' she said.");
    assertThat(contents(found)).containsExactly("It's over,", "safe space", "Yes.", "No,");
    assertThat(found.quotes().get(0).span().text()).isEqualTo("''It's over,''");
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void aThirdApostropheIsASingleQuoteInsideTheDoubledOnes() {
    QuoteFinder.Found found = find("''I would use the word 'old-school,''' said the envoy. '''Yes' is all he said,'' she added.");
    assertThat(contents(found)).containsExactly("I would use the word 'old-school,'", "'Yes' is all he said,");
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void unclosedQuoteEndsAtItsParagraphWithADiagnostic() {
    QuoteFinder.Found found = find("\u201CThis never ends, she said.\nNext paragraph with \u201Ca quote\u201D here.");
    assertThat(contents(found)).containsExactly("This never ends, she said.", "a quote");
    assertThat(found.diagnostics()).extracting(d -> d.code()).containsExactly("unclosed-quote");
  }

  @Test
  void multiParagraphQuoteContinuesWithoutDiagnostic() {
    QuoteFinder.Found found = find("\u201CFirst part of the speech.\n\u201CSecond part,\u201D she said.");
    assertThat(contents(found)).containsExactly("First part of the speech.", "Second part,");
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void inchMarksAfterDigitsDoNotOpenQuotes() {
    assertThat(contents(find("A 12\" pipe burst, the \"utility\" said."))).containsExactly("utility");
  }

  @Test
  void aSecondOpeningCurlyMarkEndsTheUnclosedQuoteBeforeIt() {
    QuoteFinder.Found found = find("\u201CThe stray one, he said. Later she said \u201Cwe agree\u201D and left.");
    assertThat(contents(found)).containsExactly("The stray one, he said. Later she said", "we agree");
    assertThat(found.quotes().get(0).closed()).isFalse();
    assertThat(found.diagnostics()).extracting(d -> d.code()).containsExactly("unclosed-quote");
    assertThat(found.diagnostics().get(0).span().get().begin()).isZero();
  }

  @Test
  void anUnclosedQuoteInAHugeParagraphIsCutAtASentenceEnd() {
    String text = "\u201CIt opens here. " + "Then the article goes on and on. ".repeat(500);
    QuoteFinder.Found found = find(text);
    assertThat(found.quotes()).hasSize(1);
    QuoteSpan quote = found.quotes().get(0);
    assertThat(quote.span().length()).isLessThanOrEqualTo(QuoteFinder.MAX_UNCLOSED_LENGTH);
    assertThat(quote.span().text()).endsWith(".");
    assertThat(found.diagnostics()).extracting(d -> d.code()).containsExactly("unclosed-quote");
    assertThat(found.diagnostics().get(0).message()).contains("cut after");
  }

  @Test
  void thousandsOfUnclosedSingleMarksAreScannedInLinearTime() {
    // Each opening mark used to look for its close to the paragraph's end: quadratic, minutes here.
    String text = "\u2018a ".repeat(200_000);
    QuoteFinder.Found found =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> find(text));
    assertThat(found.quotes()).isEmpty();
  }
}
