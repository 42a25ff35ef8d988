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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example article's JSON result against a reviewed golden file in {@code
 * src/test/resources/golden}. After an intended change, rewrite them with {@code mvn test
 * -Dtest=GoldenFileTest -Dclaimspan.golden.update=true} and review the diff. The {@code info}
 * block (version, backend) is left out of the comparison.
 */
class GoldenFileTest {
  private static final Path ARTICLES = Path.of("examples/articles");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

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
    if (Boolean.getBoolean("claimspan.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(actual).as("result of %s (rewrite with -Dclaimspan.golden.update=true)", id)
        .isEqualTo(JSON.readTree(golden.toFile()));
  }
}
