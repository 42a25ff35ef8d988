package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.json.ResultJson;
import org.claimspan.model.Diagnostic;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 5 MB document is refused by default with a clear message, and with the length limit raised it
 * comes back within its time budget (plus the unit of work in progress) as a partial result with a
 * {@code time-budget-exceeded} diagnostic, never an {@code OutOfMemoryError}. Surefire runs the
 * tests with {@code -Xmx6g}, which holds two CoreNLP extractors and the document.
 */
class LargeInputTest {
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final Duration BUDGET = Duration.ofSeconds(15);
  /** What may be spent past the budget: the sentence or stage in progress when it ran out. */
  private static final Duration GRACE = Duration.ofSeconds(15);

  private static String huge;

  @BeforeAll
  static void buildHugeText() throws IOException {
    StringBuilder articles = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        articles.append(Files.readString(file)).append("\n\n");
      }
    }
    StringBuilder text = new StringBuilder(FIVE_MB + articles.length());
    while (text.length() < FIVE_MB) {
      text.append(articles);
    }
    huge = text.toString();
  }

  @Test
  void fiveMegabytesAreRefusedByDefaultNamingSizeAndLimit() {
    assertThatThrownBy(() -> Extractors.accurate().extract(Document.of("huge", huge)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'huge'")
        .hasMessageContaining(String.valueOf(huge.length()))
        .hasMessageContaining(String.valueOf(ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH))
        .hasMessageContaining("maxDocumentLength");
  }

  @Test
  void withTheLimitRaisedFiveMegabytesComeBackWithinTheBudget() {
    ClaimExtractor extractor =
        ClaimExtractor.builder().maxDocumentLength(huge.length()).timeBudget(BUDGET).build();
    long start = System.nanoTime();
    ExtractionResult result = extractor.extract(Document.of("huge", huge));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    System.out.println("5 MB: " + elapsed.toMillis() + " ms, " + result.quotes().size() + " quotes, "
        + result.attributions().size() + " attributions; " + result.diagnostics().stream()
            .filter(d -> d.code().equals("time-budget-exceeded")).map(Diagnostic::message).toList());
    assertThat(elapsed).isLessThan(BUDGET.plus(GRACE));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("time-budget-exceeded");
    // Quotes are found over the whole text even when the analysis was cut: none is lost.
    assertThat(result.quotes().get(result.quotes().size() - 1).span().begin()).isGreaterThan(huge.length() - 4000);
    assertThat(result.attributions()).isNotEmpty();
    SpanInvariants.check(result);
    assertThat(ResultJson.toJson(result)).contains("time-budget-exceeded");
  }
}
