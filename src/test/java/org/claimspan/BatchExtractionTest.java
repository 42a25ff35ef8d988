package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimspan.json.ResultJson;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;

/** {@link ClaimExtractor#extractAll}: one outcome per document, in order, same as one by one. */
class BatchExtractionTest {

  @Test
  void batchGivesTheSequentialResultsInOrderAndKeepsFailures() throws Exception {
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Document.of(file.getFileName().toString(), Files.readString(file)));
      }
    }
    ClaimExtractor extractor = Extractors.accurate();
    String tooLong = "x".repeat(ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    documents.add(1, Document.of("too-long", tooLong));

    List<DocumentOutcome> outcomes;
    try (Stream<DocumentOutcome> stream = extractor.extractAll(documents, 2)) {
      outcomes = stream.toList();
    }

    assertThat(outcomes).extracting(o -> o.document().id())
        .containsExactlyElementsOf(documents.stream().map(Document::id).toList());
    DocumentOutcome failed = outcomes.get(1);
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.failure().orElseThrow()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over the limit");
    for (DocumentOutcome outcome : outcomes) {
      if (outcome != failed) {
        assertThat(ResultJson.toJson(outcome.result().orElseThrow()))
            .isEqualTo(ResultJson.toJson(extractor.extract(outcome.document())));
      }
    }
  }
}
