package org.claimspan.internal.attribution.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.RuleCandidates;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The source boundary choices on handwritten sentences parsed by CoreNLP, and how a model moves a
 * source's bounds among them, with hand-set weights: which bound the packaged model picks is the
 * evaluation's business.
 */
class SourceBoundaryModelTest {
  private static final String APPOSITIVE = "Jack Mozloom, a spokesman for the federation, said the tax would hurt.";

  private static Candidate said(RuleCandidates.Parsed parsed) {
    return parsed.candidates().stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
  }

  private static List<String> texts(List<BoundaryChoiceSet.Choice> choices) {
    return choices.stream().map(choice -> choice.parts().get(0).text()).toList();
  }

  @Test
  void aSourceMayEndBeforeOrAfterItsAppositiveButNeverTakesInItsCue() {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(APPOSITIVE);
    Candidate said = said(parsed);

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
  void aModelThatLeavesOutAppositivesCutsTheSourceBeforeTheCommaWhenItBeatsTheMargin() throws IOException {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(APPOSITIVE);
    Candidate said = said(parsed);
    TextSpan source = said.source().orElseThrow();

    TextSpan moved = leavingOutAsides(0.5).adjust(parsed.tree(), source, said.cue(), said.parts(), said.cueLemma());
    TextSpan kept = leavingOutAsides(5.0).adjust(parsed.tree(), source, said.cue(), said.parts(), said.cueLemma());

    assertThat(moved.text()).isEqualTo("Jack Mozloom");
    assertThat(kept).isEqualTo(source);
  }

  /** A model that prefers dropping whatever follows a comma, with {@code margin}. */
  private static SourceBoundaryModel leavingOutAsides(double margin) throws IOException {
    return new SourceBoundaryModel(new BoundaryRanker(ContentBoundaryModelTest.weights("4.0\tse.in.firstWord=,\n"), margin));
  }
}
