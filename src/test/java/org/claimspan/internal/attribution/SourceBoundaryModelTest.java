package org.claimspan.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The source boundary choices on handwritten sentences parsed by CoreNLP, and how a model moves a
 * source's bounds among them, with hand-set weights: which bound the packaged model picks is the
 * evaluation's business.
 */
class SourceBoundaryModelTest {
  private static final String APPOSITIVE = "Jack Mozloom, a spokesman for the federation, said the tax would hurt.";

  private static AttributionFinder.Candidate said(RuleCandidates.Parsed parsed) {
    return parsed.candidates().stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
  }

  private static List<String> texts(List<BoundaryChoiceSet.Choice> choices) {
    return choices.stream().map(choice -> choice.parts().get(0).text()).toList();
  }

  @Test
  void aSourceMayEndBeforeOrAfterItsAppositiveButNeverTakesInItsCue() {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(APPOSITIVE);
    AttributionFinder.Candidate said = said(parsed);

    BoundaryChoiceSet choices = SourceBoundaryModel.choices(parsed.tree(), said).orElseThrow();

    assertThat(texts(choices.ends())).contains("Jack Mozloom", "Jack Mozloom, a spokesman for the federation")
        .allSatisfy(text -> assertThat(text).doesNotContain("said"));
    assertThat(choices.ends().get(choices.endBase()).parts()).containsExactly(said.source().orElseThrow());
    for (BoundaryChoiceSet.Choice choice : choices.starts()) {
      TextSpan span = choice.parts().get(0);
      assertThat(APPOSITIVE.substring(span.begin(), span.end())).isEqualTo(span.text());
    }
  }

  @Test
  void aModelThatLeavesOutAppositivesCutsTheSourceBeforeTheComma() throws IOException {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(APPOSITIVE);
    AttributionFinder.Candidate said = said(parsed);
    TextSpan source = said.source().orElseThrow();
    SourceBoundaryModel model = new SourceBoundaryModel(new BoundaryRanker(
        ContentBoundaryModelTest.weights("4.0\tse.in.firstWord=,\n"), 0.5));

    TextSpan moved = model.adjust(parsed.tree(), source, said.cue(), said.parts(), said.cueLemma());

    assertThat(moved.text()).isEqualTo("Jack Mozloom");
  }

  @Test
  void aSourceWithoutChoicesToBeatStaysAsTheRulesFoundIt() throws IOException {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(APPOSITIVE);
    AttributionFinder.Candidate said = said(parsed);
    TextSpan source = said.source().orElseThrow();
    SourceBoundaryModel model = new SourceBoundaryModel(new BoundaryRanker(
        ContentBoundaryModelTest.weights("4.0\tse.in.firstWord=,\n"), 5.0));

    assertThat(model.adjust(parsed.tree(), source, said.cue(), said.parts(), said.cueLemma())).isEqualTo(source);
  }
}
