package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.claimspan.ClaimExtractor;
import org.claimspan.ExtractionResult;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that once broke extraction, one file per bug in {@code
 * src/test/resources/regression/} (what broke is in the README there), keeps the invariants of
 * {@link ResultChecks} and comes back well within the default time budget.
 *
 * <p>Files ending in {@code .txt} are the text as UTF-8. Files ending in {@code .escaped} hold text
 * UTF-8 cannot (lone surrogates): {@code \\uXXXX} is that UTF-16 unit, {@code \\\\} a backslash.
 */
class RegressionCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/regression");

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".escaped"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void regressionInputGivesAValidResult(Path file) throws IOException {
    String text = read(file);
    ExtractionResult result = Assertions.assertTimeoutPreemptively(
        ClaimExtractor.DEFAULT_TIME_BUDGET.plus(Duration.ofSeconds(30)),
        () -> ResultChecks.extractAndCheck(Extractors.accurate(), text));
    assertThat(result.document().text()).isEqualTo(text);
  }

  static String read(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    return file.toString().endsWith(".escaped") ? unescape(raw) : raw;
  }

  private static String unescape(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
        text.append('\\');
        i++;
      } else if (c == '\\' && i + 5 < raw.length() && raw.charAt(i + 1) == 'u') {
        text.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
