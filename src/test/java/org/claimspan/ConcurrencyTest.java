package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.claimspan.json.ResultJson;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One extractor of each profile shared by many threads gives exactly the sequential results. */
class ConcurrencyTest {
  private static final int THREADS = 16;

  @ParameterizedTest
  @EnumSource(Profile.class)
  void sixteenThreadsGiveTheSequentialResults(Profile profile) throws Exception {
    List<Document> documents = exampleArticles();
    ClaimExtractor extractor = extractor(profile);
    List<String> sequential = new ArrayList<>();
    for (Document document : documents) {
      sequential.add(ResultJson.toJson(extractor.extract(document)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS * 2; i++) {
        Document document = documents.get(i % documents.size());
        futures.add(pool.submit(() -> ResultJson.toJson(extractor.extract(document))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % documents.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void extractAllOnSixteenThreadsGivesTheSequentialResultsInOrder(Profile profile) throws Exception {
    List<Document> documents = exampleArticles();
    ClaimExtractor extractor = extractor(profile);
    List<ExtractionResult> sequential = new ArrayList<>();
    for (Document document : documents) {
      sequential.add(extractor.extract(document));
    }
    List<Document> batch = new ArrayList<>();
    for (int i = 0; i < THREADS * 2; i++) {
      Document original = documents.get(i % documents.size());
      // Distinct ids, so that an outcome handed back in the wrong order cannot pass.
      batch.add(Document.of(original.id() + "-" + i, original.text()));
    }
    try (Stream<DocumentOutcome> outcomes = extractor.extractAll(batch, THREADS)) {
      List<DocumentOutcome> all = outcomes.toList();
      assertThat(all).extracting(outcome -> outcome.document().id())
          .containsExactlyElementsOf(batch.stream().map(Document::id).toList());
      for (int i = 0; i < all.size(); i++) {
        ExtractionResult expected = sequential.get(i % documents.size());
        ExtractionResult actual = all.get(i).result().orElseThrow();
        assertThat(actual.quotes()).isEqualTo(expected.quotes());
        assertThat(actual.attributions()).isEqualTo(expected.attributions());
        assertThat(actual.claims()).isEqualTo(expected.claims());
        assertThat(actual.entities()).isEqualTo(expected.entities());
      }
    }
  }

  private static ClaimExtractor extractor(Profile profile) {
    return profile == Profile.FAST ? Extractors.fast() : Extractors.accurate();
  }

  private static List<Document> exampleArticles() throws java.io.IOException {
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Document.of(file.getFileName().toString(), Files.readString(file)));
      }
    }
    return documents;
  }
}
