package org.claimspan.internal.attribution.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.RuleCandidates;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.ml.ConditionalLogit;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The content boundary choices on handwritten sentences parsed by CoreNLP, and how a model moves a
 * bound among them. Which bound the packaged model picks is the evaluation's business; that the
 * choices hold PolNeAR's usual bounds, and that a model's preference moves the content there and
 * no further, is tested here, with hand-set weights.
 */
class ContentBoundaryModelTest {
  private static final String RELATIVE = "The mayor said the budget was balanced, which surprised the council.";

  private static Candidate said(RuleCandidates.Parsed parsed) {
    return parsed.candidates().stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
  }

  private static List<String> texts(List<BoundaryChoiceSet.Choice> choices) {
    return choices.stream().map(choice -> String.join(" ... ", choice.parts().stream().map(TextSpan::text).toList())).toList();
  }

  @Test
  void anEndMayStopBeforeARelativeClauseOrRunToTheSentenceEnd() {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(RELATIVE);
    Candidate said = said(parsed);

    BoundaryChoiceSet choices = ContentBoundaryModel.choices(parsed.tree(), said, parsed.quotes()).orElseThrow();

    assertThat(texts(choices.ends()))
        .contains("the budget was balanced", "the budget was balanced, which surprised the council");
    assertThat(choices.ends().get(choices.endBase()).parts()).isEqualTo(said.parts());
    assertThat(choices.starts().get(choices.startBase()).parts()).isEqualTo(said.parts());
    for (BoundaryChoiceSet.Choice choice : choices.ends()) {
      for (TextSpan part : choice.parts()) {
        assertThat(RELATIVE.substring(part.begin(), part.end())).isEqualTo(part.text());
      }
    }
  }

  @Test
  void aStartMayMovePastAPrepositionThatPolnearPutsInTheCue() {
    String text = "The governor complained about the cost of the new stadium.";
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(text);
    Candidate candidate = parsed.candidates().stream()
        .filter(c -> c.cue().text().startsWith("complained")).findFirst().orElseThrow();
    BoundaryChoiceSet choices =
        ContentBoundaryModel.choices(parsed.tree(), candidate, parsed.quotes()).orElseThrow();

    assertThat(texts(choices.starts())).contains("the cost of the new stadium");
  }

  @Test
  void aDirectQuotationKeepsItsMarksAsBounds() {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed("“The budget is balanced, and it will stay that way,” the mayor said.");
    Candidate said = said(parsed);

    assertThat(said.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(ContentBoundaryModel.choices(parsed.tree(), said, parsed.quotes())).isEmpty();
  }

  @Test
  void aModelThatPrefersEndingBeforeACommaMovesTheEndThereOnlyWhenItBeatsTheMargin() throws IOException {
    ConditionalLogit prefersComma = weights("3.0\te.next=,\n");

    Adjusted moved = adjusted(RELATIVE, new ContentBoundaryModel(new BoundaryRanker(prefersComma, 1.0)));
    Adjusted kept = adjusted(RELATIVE, new ContentBoundaryModel(new BoundaryRanker(prefersComma, 5.0)));

    assertThat(moved.before().span().text()).isEqualTo("the budget was balanced, which surprised the council");
    assertThat(moved.after().span().text()).isEqualTo("the budget was balanced");
    assertThat(moved.after().kind()).isEqualTo(AttributionKind.INDIRECT);
    assertThat(kept.after()).isSameAs(kept.before());
  }

  @Test
  void aMovedContentNeverTakesInItsSource() throws IOException {
    Adjusted adjusted = adjusted("The budget was balanced, the mayor said.",
        new ContentBoundaryModel(new BoundaryRanker(weights("9.0\te.dir=out\n"), 0)));

    assertThat(adjusted.candidate().source()).map(TextSpan::text).contains("the mayor");
    assertThat(adjusted.after().span().text()).isEqualTo("The budget was balanced");
  }

  /** The "said" candidate of a text, its content as the rules give it and as {@code model} moves it. */
  private record Adjusted(Candidate candidate, ContentCandidate before, ContentCandidate after) {}

  private static Adjusted adjusted(String text, ContentBoundaryModel model) {
    RuleCandidates.Parsed parsed = RuleCandidates.parsed(text);
    Candidate said = said(parsed);
    ContentCandidate content = ContentCandidate.whole(said.parts().get(0), List.of(), said.kind());
    ContentCandidate after = model.adjust(parsed.tree(), said.cue(), said.source(), content, said.cueLemma(),
        parsed.quotes(), QuoteEdges.of(parsed.quotes()));
    return new Adjusted(said, content, after);
  }

  @Test
  void thePackagedBoundaryModelsLoad() {
    assertThat(ContentBoundaryModel.packaged()).isPresent();
    assertThat(CueBoundaryModel.packaged()).isPresent();
    assertThat(SourceBoundaryModel.packaged()).isPresent();
  }

  static ConditionalLogit weights(String lines) throws IOException {
    return ConditionalLogit.read(new ByteArrayInputStream(
        ("# claimspan conditional logit 1\n" + lines).getBytes(StandardCharsets.UTF_8)));
  }
}
