package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimspan.ExtractionResult;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteFinder;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.model.TextSpan;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing with seeded generated and mutated texts ({@link FuzzTexts}, run by {@link FuzzRunner}):
 * they never make extraction throw, and every result keeps the span invariants, resolves its ids, uses only
 * documented diagnostic codes and round-trips through JSON ({@link ResultChecks}).
 *
 * <p>CI runs 100 tries on the accurate profile (texts up to 4,000 characters; about a minute),
 * 2,000 on the fast profile, and 5,000 on the model-free quote stages. The number of tries of each property can be raised by hand with a
 * system property named after the method, for a long run:
 *
 * <pre>
 * mvn -o test -Dtest=ExtractionPropertiesTest -Dclaimspan.fuzz.tries.fastProfile=100000
 * mvn -o test -Dtest=ExtractionPropertiesTest -Dclaimspan.fuzz.tries.accurateProfile=2000
 * mvn -o test -Dtest=ExtractionPropertiesTest -Dclaimspan.fuzz.tries.quoteStages=100000
 * </pre>
 *
 * <p>A failure names the case's seed ({@code -Dclaimspan.fuzz.seed=SEED} makes it the first case)
 * and writes its text to {@code target/fuzz-failures/}. Add each real bug's text to {@code
 * src/test/resources/regression/} ({@link RegressionCorpusTest}).
 *
 * <p>Why not jqwik: jqwik 1.10 prints a request that AI agents not use it; this project's
 * tests are written with agents, so we respect that and generate cases ourselves (no shrinking,
 * but every case is replayable by its seed).
 */
class ExtractionPropertiesTest {

  @Test
  void accurateProfile() {
    int cases = FuzzRunner.run("accurateProfile", 100, 4_000, text -> {
      ExtractionResult result = ResultChecks.extractAndCheck(Extractors.accurate(), text);
      assertThat(result.document().text()).isSameAs(text);
    });
    assertThat(cases).isPositive();
  }

  @Test
  void fastProfile() {
    int cases = FuzzRunner.run("fastProfile", 2_000, 8_000, text -> {
      ExtractionResult result = ResultChecks.extractAndCheck(Extractors.fast(), text);
      assertThat(result.document().text()).isSameAs(text);
    });
    assertThat(cases).isPositive();
  }

  /**
   * The model-free stages (text preparation and quote finding) on many more texts than the
   * profiles can afford: spans match the text, quotes are ordered, do not overlap, hold their
   * content inside their marks, and never run past {@link QuoteFinder#MAX_UNCLOSED_LENGTH}
   * characters when unclosed.
   */
  @Test
  void quoteStages() {
    FuzzRunner.run("quoteStages", 5_000, 8_000, ExtractionPropertiesTest::checkQuoteStages);
  }

  private static void checkQuoteStages(String text) {
    PreparedText prepared = PREPARER.prepare(text);
    QuoteFinder.Found found = new QuoteFinder().find(prepared);
    int previousEnd = 0;
    for (QuoteSpan quote : found.quotes()) {
      assertThat(text.substring(quote.span().begin(), quote.span().end())).isEqualTo(quote.span().text());
      assertThat(quote.span().contains(quote.content())).as("content inside %s", quote.span()).isTrue();
      assertThat(quote.span().begin()).as("quotes ordered and apart").isGreaterThanOrEqualTo(previousEnd);
      if (!quote.closed()) {
        assertThat(quote.span().length()).isLessThanOrEqualTo(QuoteFinder.MAX_UNCLOSED_LENGTH);
      }
      previousEnd = quote.span().end();
    }
    for (TextSpan paragraph : prepared.paragraphs()) {
      assertThat(text.substring(paragraph.begin(), paragraph.end())).isEqualTo(paragraph.text()).isNotBlank();
    }
    found.diagnostics().forEach(d -> d.span().ifPresent(
        span -> assertThat(text.substring(span.begin(), span.end())).isEqualTo(span.text())));
    prepared.diagnostics().forEach(d -> assertThat(ResultChecks.DOCUMENTED_CODES).contains(d.code()));
  }

  private static final TextPreparer PREPARER = new TextPreparer(Lexicons.loadDefault().boilerplate());
}
