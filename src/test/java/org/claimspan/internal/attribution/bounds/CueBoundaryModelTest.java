package org.claimspan.internal.attribution.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.RuleCandidates;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The cue boundary choices on handwritten sentences parsed by CoreNLP, and how a model moves a
 * cue's bounds among them, with hand-set weights: which bound the packaged model picks is the
 * evaluation's business.
 */
class CueBoundaryModelTest {
  private static Candidate cue(RuleCandidates.Parsed parsed, String text) {
    return parsed.candidates().stream().filter(c -> c.cue().text().equals(text)).findFirst().orElseThrow();
  }

  private static List<String> texts(List<BoundaryChoiceSet.Choice> choices) {
    return choices.stream().map(choice -> choice.parts().get(0).text()).toList();
  }

  @Test
  void aCueMayTakeInTheWordsBetweenItAndItsContentButNotTheSourceNorAllTheContent() {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed("The mayor said Tuesday that the budget was balanced.");
    Candidate said = cue(parsed, "said");

    BoundaryChoiceSet choices = CueBoundaryModel.choices(parsed.tree(), said).orElseThrow();

    assertThat(texts(choices.ends())).startsWith("said", "said Tuesday")
        .noneSatisfy(text -> assertThat(text).contains("balanced"));
    assertThat(texts(choices.starts())).containsExactly("said");
    assertThat(choices.ends().get(choices.endBase()).parts()).containsExactly(said.cue());
  }

  @Test
  void aModelThatTakesInADayMovesTheCuesEndOverIt() throws IOException {
    String text = "The mayor said Tuesday that the budget was balanced.";
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(text);
    Candidate said = cue(parsed, "said");
    CueBoundaryModel takesDays = new CueBoundaryModel(new BoundaryRanker(
        ContentBoundaryModelTest.weights("2.0\tce.out.word=tuesday\n"), 0.5));
    CueBoundaryModel cautious = new CueBoundaryModel(new BoundaryRanker(
        ContentBoundaryModelTest.weights("2.0\tce.out.word=tuesday\n"), 3.0));

    TextSpan moved = takesDays.adjust(parsed.tree(), said.cue(), said.source(), said.parts(), said.cueLemma());
    TextSpan kept = cautious.adjust(parsed.tree(), said.cue(), said.source(), said.parts(), said.cueLemma());

    assertThat(moved.text()).isEqualTo("said Tuesday");
    assertThat(text.substring(moved.begin(), moved.end())).isEqualTo(moved.text());
    assertThat(kept).isEqualTo(said.cue());
  }

  @Test
  void aCueMayTakeInTheVerbsThatFrameItUpToItsSource() throws IOException {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed("The senator went on to explain that the plan would fail.");
    Candidate explain = parsed.candidates().stream()
        .filter(c -> c.cue().text().endsWith("explain")).findFirst().orElseThrow();

    BoundaryChoiceSet choices = CueBoundaryModel.choices(parsed.tree(), explain).orElseThrow();
    TextSpan moved = new CueBoundaryModel(new BoundaryRanker(ContentBoundaryModelTest.weights("5.0\tcs.dir=out\n"), 0))
        .adjust(parsed.tree(), explain.cue(), explain.source(), explain.parts(), explain.cueLemma());

    assertThat(explain.source()).map(TextSpan::text).contains("The senator");
    assertThat(texts(choices.starts())).contains("went on to explain").doesNotContain("senator went on to explain");
    assertThat(moved.text()).isEqualTo("went on to explain");
  }

  @Test
  void aCueThatTakesInTheContentsFirstWordsLeavesTheContentTheRest() throws IOException {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed("The senator declared war on the new tax plan.");
    Candidate declared = cue(parsed, "declared");
    CueBoundaryModel model = new CueBoundaryModel(new BoundaryRanker(
        ContentBoundaryModelTest.weights("2.0\tce.intoContent=true\n2.0\tce.last=on\n"), 0.5));

    Candidate moved = model.adjust(parsed.tree(), declared, parsed.quotes());

    assertThat(declared.parts()).extracting(TextSpan::text).containsExactly("war on the new tax plan");
    assertThat(moved.cue().text()).isEqualTo("declared war on");
    assertThat(moved.parts()).extracting(TextSpan::text).containsExactly("the new tax plan");
    assertThat(texts(CueBoundaryModel.choices(parsed.tree(), declared).orElseThrow().ends()))
        .doesNotContain("declared war on the new tax plan"); // the content keeps a word at least
  }
}
