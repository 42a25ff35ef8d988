package org.claimspan.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.score.Counts;
import org.claimspan.eval.systems.SystemUnderTest;
import org.junit.jupiter.api.Test;

/** The bench's scheduling: rounds, their count and failures (a counting stand-in system). */
class BenchWorkersTest {

  private static final List<Document> DOCUMENTS =
      List.of(Document.of("a", "One."), Document.of("b", "Two."), Document.of("c", "Three."));

  /** Counts extractions per document; fails on a document with id "boom". */
  private static final class CountingSystem implements SystemUnderTest {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public ExtractionResult extract(Document document) {
      if (document.id().equals("boom")) {
        throw new IllegalArgumentException("bad document");
      }
      calls.computeIfAbsent(document.id(), k -> new AtomicInteger()).incrementAndGet();
      return new ExtractionResult(document, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
  }

  @Test
  void withoutMinimumTimeOneRoundExtractsEachDocumentOnce() {
    CountingSystem system = new CountingSystem();
    try (BenchWorkers workers = new BenchWorkers(2)) {
      assertThat(workers.runRounds(system, DOCUMENTS, 0)).isEqualTo(1);
    }
    assertThat(system.calls).containsOnlyKeys("a", "b", "c").allSatisfy((id, n) -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void aMinimumTimeRepeatsWholeRoundsAndFinishesEveryRoundItStarted() {
    CountingSystem system = new CountingSystem();
    long start = System.nanoTime();
    int rounds;
    try (BenchWorkers workers = new BenchWorkers(2)) {
      rounds = workers.runRounds(system, DOCUMENTS, 0.2);
    }
    assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.2);
    assertThat(rounds).isGreaterThan(1);
    assertThat(system.calls.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(rounds));
  }

  @Test
  void aFailureNamesTheSystemAndTheDocument() {
    List<Document> documents = List.of(Document.of("a", "One."), Document.of("boom", "Two."));
    try (BenchWorkers workers = new BenchWorkers(2)) {
      assertThatThrownBy(() -> workers.runRounds(new CountingSystem(), documents, 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("counting failed on document 'boom'")
          .hasMessageContaining("bad document");
    }
  }
}
