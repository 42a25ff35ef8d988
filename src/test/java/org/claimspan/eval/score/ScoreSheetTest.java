package org.claimspan.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimspan.eval.corpus.Attributions;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldDocument;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

  private static final String TEXT =
      "Alice said \"We will win.\" Bob added that taxes will rise. Carol thinks so, aides said.";
  private final Attributions a = new Attributions(TEXT);

  private SystemScores score(GoldDocument document, List<EvalAttribution> predicted) {
    ScoreSheet sheet = new ScoreSheet("test");
    sheet.add(document, predicted);
    return sheet.scores();
  }

  @Test
  void exactMatchIgnoresSurroundingQuotesWhitespaceAndFinalPunctuation() {
    GoldDocument doc = a.document(a.gold(a.find("Alice"), a.find("said"), a.find("\"We will win.\" ")));
    SystemScores s = score(doc, List.of(a.pred(a.find("Alice "), a.find("said"), a.find("We will win"))));

    assertThat(s.exact().get("content").f1()).isEqualTo(1.0);
    assertThat(s.exact().get("source").f1()).isEqualTo(1.0);
    assertThat(s.exact().get("cue").f1()).isEqualTo(1.0);
    assertThat(s.allThreeExact().f1()).isEqualTo(1.0);
    // Overlap is measured on the raw spans: 11 of the gold's 15 characters.
    assertThat(s.contentOverlap30().f1()).isEqualTo(1.0);
    assertThat(s.contentOverlap80().f1()).isZero();
  }

  @Test
  void innerWordsAreNotTrimmed() {
    GoldDocument doc = a.document(a.gold(a.find("Bob"), a.find("added"), a.find("that taxes will rise.")));
    SystemScores s = score(doc, List.of(a.pred(a.find("Bob"), a.find("added"), a.find("taxes will rise."))));

    // "that" is a word, not punctuation: no exact match, but 16 of 21 gold characters overlap.
    assertThat(s.exact().get("content").f1()).isZero();
    assertThat(s.allThreeExact().f1()).isZero();
    assertThat(s.exact().get("source").f1()).isEqualTo(1.0);
    assertThat(s.contentOverlap80().f1()).isEqualTo(0.0); // 16/21 = 0.76 < 0.8
    assertThat(s.contentOverlap30().f1()).isEqualTo(1.0);
  }

  @Test
  void overlapThresholdsAreCoverageOfTheGoldContent() {
    int begin = TEXT.indexOf("that taxes");
    GoldDocument doc = a.document(a.gold(null, null, a.span(begin, begin + 20)));

    SystemScores half = score(doc, List.of(a.pred(null, null, a.span(begin, begin + 10))));
    assertThat(half.contentOverlap30().recall()).isEqualTo(1.0);
    assertThat(half.contentOverlap80().recall()).isZero();

    SystemScores exactlyThreeTenths = score(doc, List.of(a.pred(null, null, a.span(begin, begin + 6))));
    assertThat(exactlyThreeTenths.contentOverlap30().recall()).isEqualTo(1.0);

    SystemScores quarter = score(doc, List.of(a.pred(null, null, a.span(begin, begin + 5))));
    assertThat(quarter.contentOverlap30().f1()).isZero();
    assertThat(quarter.contentOverlap30().predicted()).isEqualTo(1);
    assertThat(quarter.contentOverlap30().gold()).isEqualTo(1);
  }

  @Test
  void discontinuousGoldCountsOnlyItsFragments() {
    GoldDocument doc = a.document(a.gold(null, null, a.span(0, 10, 20, 30)));

    // [0,30) covers both fragments fully (20 of 20) although it is longer.
    SystemScores whole = score(doc, List.of(a.pred(null, null, a.span(0, 30))));
    assertThat(whole.contentOverlap80().f1()).isEqualTo(1.0);
    assertThat(whole.exact().get("content").f1()).isZero();

    // [8,22) touches 2 + 2 characters: 4/20 = 0.2.
    SystemScores gap = score(doc, List.of(a.pred(null, null, a.span(8, 22))));
    assertThat(gap.contentOverlap30().f1()).isZero();

    // The same fragments in another order are exact.
    SystemScores same = score(doc, List.of(a.pred(null, null, a.span(20, 30, 0, 10))));
    assertThat(same.exact().get("content").f1()).isEqualTo(1.0);
  }

  @Test
  void missingGoldSourceMatchesMissingPredictedSource() {
    EvalSpan content = a.find("We will win.");
    GoldDocument doc = a.document(a.gold(null, a.find("said"), content));

    SystemScores none = score(doc, List.of(a.pred(null, a.find("said"), content)));
    assertThat(none.allThreeExact().f1()).isEqualTo(1.0);
    assertThat(none.sourceAccuracy()).isEqualTo(Accuracy.of(1, 1));
    assertThat(none.exact().get("source").predicted()).isZero();
    assertThat(none.exact().get("source").gold()).isZero();

    SystemScores extra = score(doc, List.of(a.pred(a.find("Alice"), a.find("said"), content)));
    assertThat(extra.allThreeExact().f1()).isZero();
    assertThat(extra.sourceAccuracy()).isEqualTo(Accuracy.of(0, 1));
    assertThat(extra.exact().get("source").precision()).isZero();
  }

  @Test
  void duplicatePredictionsAreOneSetMemberButTwoOverlapPredictions() {
    EvalAttribution gold = a.gold(a.find("Bob"), a.find("added"), a.find("that taxes will rise"));
    EvalAttribution pred = a.pred(a.find("Bob"), a.find("added"), a.find("that taxes will rise"));
    SystemScores s = score(a.document(gold), List.of(pred, pred));

    assertThat(s.exact().get("content")).isEqualTo(Prf.of(1, 1, 1, 1));
    assertThat(s.allThreeExact().f1()).isEqualTo(1.0);
    assertThat(s.contentOverlap30().precision()).isEqualTo(0.5);
    assertThat(s.contentOverlap30().recall()).isEqualTo(1.0);
    assertThat(s.contentOverlap30().f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void matchingIsGreedyAndOneToOne() {
    GoldDocument doc = a.document(a.gold(null, null, a.span(0, 10)), a.gold(null, null, a.span(10, 20)));
    // X covers both golds fully; Y covers 8/10 of the first. Greedy takes X for the first gold
    // (best coverage, then document order), which leaves Y and the second gold unmatched.
    SystemScores s =
        score(doc, List.of(a.pred(null, null, a.span(0, 20)), a.pred(null, null, a.span(0, 8))));

    assertThat(s.contentOverlap30()).isEqualTo(Prf.of(2, 1, 2, 1));
  }

  @Test
  void perRoleCountsAreMicroAveragedOverDocuments() {
    ScoreSheet sheet = new ScoreSheet("test");
    EvalAttribution gold = a.gold(a.find("Bob"), a.find("added"), a.find("that taxes will rise"));
    sheet.add(a.document(gold), List.of(a.pred(a.find("Bob"), a.find("added"), a.find("taxes"))));
    sheet.add(a.document(gold, a.gold(a.find("aides"), a.find("said."), a.find("Carol thinks so"))), List.of());

    Prf source = sheet.scores().exact().get("source");
    assertThat(source).isEqualTo(Prf.of(1, 1, 3, 1));
    assertThat(source.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(sheet.scores().documents()).isEqualTo(2);
  }

  @Test
  void speakerAccuracyAcceptsAliasesTitlesAndTheCaseInsensitively() {
    EvalSpan content = a.find("We will win.");
    GoldDocument doc = a.document(a.withSpeaker(a.gold(a.find("Alice"), a.find("said"), content), "Alice Smith", "Smith"));

    SystemScores title = score(doc, List.of(a.withSpeaker(a.pred(a.find("Alice"), a.find("said"), content), "Ms. SMITH")));
    assertThat(title.speakerAccuracy()).isEqualTo(Accuracy.of(1, 1));

    SystemScores wrong = score(doc, List.of(a.withSpeaker(a.pred(a.find("Alice"), a.find("said"), content), "Bob")));
    assertThat(wrong.speakerAccuracy()).isEqualTo(Accuracy.of(0, 1));

    SystemScores none = score(doc, List.of(a.pred(a.find("Alice"), a.find("said"), content)));
    assertThat(none.speakerAccuracy()).isEqualTo(Accuracy.of(0, 1));

    assertThat(SpeakerNames.matches("the United States", "United States", List.of())).isTrue();
    assertThat(SpeakerNames.matches("President Trump", "Donald Trump", List.of("Trump"))).isTrue();
  }

  @Test
  void breaksDownByKindAndCueClass() {
    GoldDocument doc =
        a.document(
            a.gold(a.find("Alice"), a.find("said"), a.find("\"We will win.\"")),
            a.gold(a.find("Bob"), a.find("added"), a.find("that taxes will rise")));
    EvalAttribution direct = a.pred(a.find("Alice"), a.find("said"), a.find("\"We will win.\""));
    EvalAttribution floating = a.pred(null, null, a.find("Carol thinks so"));
    SystemScores s = score(doc, List.of(direct, floating));

    assertThat(s.byKind30().get("direct")).isEqualTo(Prf.of(1, 1, 1, 1));
    assertThat(s.byKind30().get("indirect")).isEqualTo(Prf.of(1, 0, 1, 0));
    assertThat(s.byCueClass())
        .containsExactly(
            new CueClassRow("none", 1, 0, 0.0, 0, 0.0),
            new CueClassRow("speech", 1, 1, 1.0, 1, 0.5),
            new CueClassRow("unmatched", 0, 0, 0.0, 1, 0.5));
    assertThat(s.cueAccuracy()).isEqualTo(Accuracy.of(1, 1));
  }
}
