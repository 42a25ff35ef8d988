package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimspan.json.ResultJson;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example article's JSON result against a reviewed golden file in {@code
 * src/test/resources/golden}. After an intended change, rewrite them with {@code mvn test
 * -Dtest=GoldenFileTest -Dclaimspan.golden.update=true} and review the diff; the test writes
 * golden files only when asked, so a missing one fails. The {@code info} block (version, backend)
 * is left out of the comparison.
 */
class GoldenFileTest {
  private static final Path ARTICLES = Path.of("examples/articles");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UPDATE = "claimspan.golden.update";

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(ARTICLES)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void resultMatchesGoldenFile(Path article) throws IOException {
    String id = article.getFileName().toString().replace(".txt", "");
    ExtractionResult result = Extractors.accurate().extract(Document.of(id, Files.readString(article)));
    SpanInvariants.check(result);
    ObjectNode actual = (ObjectNode) JSON.readTree(ResultJson.toJson(result));
    actual.remove("info");
    Path golden = GOLDEN.resolve(id + ".json");
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file of %s (write it with -D%s=true and review it)", id, UPDATE).exists();
    assertThat(actual).as("result of %s (rewrite with -D%s=true)", id, UPDATE)
        .isEqualTo(JSON.readTree(golden.toFile()));
  }

  @Test
  void everyGoldenFileHasItsArticle() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<Path> goldens = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(goldens).isNotEmpty();
      for (Path golden : goldens) {
        String id = golden.getFileName().toString().replace(".json", "");
        assertThat(ARTICLES.resolve(id + ".txt")).as("article of golden file %s", golden).exists();
      }
    }
  }
}
