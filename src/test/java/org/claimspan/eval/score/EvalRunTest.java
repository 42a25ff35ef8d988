package org.claimspan.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.corpus.Attributions;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.systems.ParallelRunner;
import org.claimspan.eval.systems.SystemUnderTest;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The evaluation run end to end with a fake system built from public result types. */
class EvalRunTest {

  private static final String TEXT = "Alice said the plan works. \"It is done,\" Bob added.";

  /** Finds the two attributions of TEXT by string search; fails on the document "boom". */
  private static final class FakeSystem implements SystemUnderTest {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public ExtractionResult extract(Document document) {
      String text = document.text();
      if (document.id().equals("boom")) {
        throw new IllegalStateException("cannot read");
      }
      List<Attribution> attributions = new ArrayList<>();
      attributions.add(attribution(text, "a1", AttributionKind.INDIRECT, "Alice", "said", "the plan works", "Alice"));
      attributions.add(attribution(text, "a2", AttributionKind.DIRECT, "Bob", "added", "\"It is done,\"", "Bob Jones"));
      return new ExtractionResult(document, List.of(), attributions, List.of(), List.of(), List.of(), Map.of());
    }
  }

  private static TextSpan find(String text, String words) {
    int begin = text.indexOf(words);
    return TextSpan.of(text, begin, begin + words.length());
  }

  private static Attribution attribution(
      String text, String id, AttributionKind kind, String source, String cue, String content, String name) {
    TextSpan sourceSpan = find(text, source);
    return new Attribution(
        id, kind, Optional.of(sourceSpan),
        Optional.of(new Speaker(sourceSpan, name, SpeakerType.PERSON, Optional.empty(), Optional.empty(), Optional.empty())),
        Optional.of(new Cue(find(text, cue), cue, CueClass.SPEECH)), find(text, content), List.of(), 0.9);
  }

  private static GoldDocument gold(String id) {
    Attributions a = new Attributions(TEXT);
    return new GoldDocument(
        id,
        TEXT,
        List.of(
            a.withSpeaker(a.gold(a.find("Alice"), a.find("said"), a.find("the plan works.")), "Alice Smith", "Alice"),
            a.withSpeaker(a.gold(a.find("Bob"), a.find("added"), a.find("\"It is done,\"")), "Bob Jones")));
  }

  @Test
  void scoresAFakeSystemOverSeveralDocumentsInOrder() {
    List<GoldDocument> documents = List.of(gold("d1"), gold("d2"), gold("d3"));
    EvalRun run = EvalRun.of(new FakeSystem(), 0.5, documents, new ParallelRunner(2));

    SystemScores s = run.scores();
    assertThat(s.documents()).isEqualTo(3);
    assertThat(s.allThreeExact()).isEqualTo(Prf.of(6, 6, 6, 6));
    assertThat(s.speakerAccuracy()).isEqualTo(Accuracy.of(6, 6));
    assertThat(s.byKind80().get("direct")).isEqualTo(Prf.of(3, 3, 3, 3));
    assertThat(run.errors()).extracting(e -> e.document().id()).containsExactly("d1", "d2", "d3");
    assertThat(run.run().loadSeconds()).isEqualTo(0.5);
  }

  @Test
  void aFailingDocumentIsNamed() {
    assertThatThrownBy(() -> EvalRun.of(new FakeSystem(), 0, List.of(gold("d1"), gold("boom")), new ParallelRunner(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fake failed on document 'boom'");
  }
}
