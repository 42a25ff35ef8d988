package org.claimspan.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** How claims read on their own, on sentences written for the test (no model loaded). */
class ClaimWordingTest {

  private static TextSpan span(String text, String part) {
    int begin = text.indexOf(part);
    return TextSpan.of(text, begin, begin + part.length());
  }

  private static Quote quote(String text, String quoted) {
    TextSpan content = span(text, quoted);
    return new Quote("q1", TextSpan.of(text, content.begin() - 1, content.end() + 1), content, QuoteType.DIRECT,
        Optional.empty());
  }

  @Test
  void aDirectQuoteInTheFirstPersonStaysAQuotationWithItsMarks() {
    String text = "Grant said: \u201CIt has been the honour of my life to serve this state.\u201D";
    String words = "It has been the honour of my life to serve this state";
    ClaimWording wording = ClaimWording.of(text, List.of(span(text, words)), true,
        List.of(quote(text, words + ".")));

    assertThat(wording.quoted()).isTrue();
    assertThat(wording.statement(Optional.of("Grant"), false))
        .isEqualTo("Grant said: \u201CIt has been the honour of my life to serve this state.\u201D");
    assertThat(wording.claimed()).isEqualTo("\u201CIt has been the honour of my life to serve this state.\u201D");
  }

  @Test
  void aQuotationKeepsItsStraightMarksItsExclamationAndItsFirstWord() {
    String text = "\"But we will win this fight!\" Mayor Lund said.";
    String words = "But we will win this fight";
    ClaimWording wording = ClaimWording.of(text, List.of(span(text, words)), true, List.of(quote(text, words + "!")));

    assertThat(wording.statement(Optional.of("Lund"), false)).isEqualTo("Lund said: \"But we will win this fight!\"");
  }

  @Test
  void aQuotationInterruptedByItsCueIsJoinedInsideOneQuotation() {
    String text = "\u201CThe plant,\u201D she said, \u201Cwill open in May.\u201D";
    List<TextSpan> fragments = List.of(span(text, "The plant"), span(text, "will open in May"));
    List<Quote> quotes = List.of(quote(text, "The plant,"), quote(text, "will open in May."));

    assertThat(ClaimWording.of(text, fragments, true, quotes).statement(Optional.of("Ortiz"), false))
        .isEqualTo("Ortiz said: \u201CThe plant will open in May.\u201D");
  }

  @Test
  void anIndirectReportDropsALeadingConjunctionOrLinkingAdverb() {
    String text = "But the city cannot afford a new stadium, the mayor said. Also, taxes will rise, he added.";
    ClaimWording but = ClaimWording.of(text, List.of(span(text, "But the city cannot afford a new stadium")), true,
        List.of());
    ClaimWording also = ClaimWording.of(text, List.of(span(text, "Also, taxes will rise")), true, List.of());

    assertThat(but.quoted()).isFalse();
    assertThat(but.statement(Optional.of("The mayor"), false))
        .isEqualTo("The mayor said the city cannot afford a new stadium.");
    assertThat(but.claimed()).isEqualTo("The city cannot afford a new stadium.");
    assertThat(but.wordsBegin()).isEqualTo(text.indexOf("the city"));
    assertThat(also.statement(Optional.of("Lund"), false)).isEqualTo("Lund said taxes will rise.");
  }

  @Test
  void wordsThatOnlyLookLikeLinkingWordsStay() {
    String text = "Soon the plant will close. Andersen said so. So many jobs were lost, she said.";
    assertThat(ClaimWording.of(text, List.of(span(text, "So many jobs were lost")), true, List.of())
        .statement(Optional.of("Andersen"), false)).isEqualTo("Andersen said so many jobs were lost.");
    assertThat(ClaimWording.of(text, List.of(span(text, "Soon the plant will close")), true, List.of())
        .claimed()).isEqualTo("Soon the plant will close.");
  }

  @Test
  void aNameOrIKeepsItsCapitalInAnIndirectReport() {
    String text = "Berlin will host the summit, officials said.";
    ClaimWording wording = ClaimWording.of(text, List.of(span(text, "Berlin will host the summit")), true, List.of());

    assertThat(wording.statement(Optional.of("Officials"), true)).isEqualTo("Officials said Berlin will host the summit.");
    assertThat(wording.statement(Optional.empty(), false)).isEqualTo("Someone said berlin will host the summit.");
  }

  @Test
  void anAuthorClaimIsItsSentenceLinkingWordsAndAll() {
    String text = "But unemployment fell to 4.2 percent in March";
    ClaimWording wording = ClaimWording.of(text, List.of(TextSpan.of(text, 0, text.length())), false, List.of());

    assertThat(wording.statement(Optional.of("ignored"), false)).isEqualTo("But unemployment fell to 4.2 percent in March.");
    assertThat(wording.claimed()).isEqualTo(wording.statement(Optional.empty(), false));
  }

  @Test
  void aPartialQuotationCutByTheContentIsClosed() {
    String text = "He said the plan was \u201Ca disaster for the region, and more.\u201D";
    ClaimWording wording = ClaimWording.of(text, List.of(span(text, "the plan was \u201Ca disaster for the region")),
        true, List.of());

    assertThat(wording.quoted()).isFalse();
    assertThat(wording.statement(Optional.of("Park"), false))
        .isEqualTo("Park said the plan was \u201Ca disaster for the region\u201D.");
  }

  @Test
  void aStatementIsNeverLongerThanItsWordsPlusNameCueAndPunctuation() {
    String text = "\u201CThe budget, \u201D said the treasurer on Monday, \u201Cwill balance by 2026.\u201D "
        + "And rates will fall, the bank said.";
    List<ClaimWording> wordings = List.of(
        ClaimWording.of(text, List.of(span(text, "The budget"), span(text, "will balance by 2026")), true,
            List.of(quote(text, "The budget, "), quote(text, "will balance by 2026."))),
        ClaimWording.of(text, List.of(span(text, "And rates will fall")), true, List.of()));
    List<List<TextSpan>> contents = List.of(
        List.of(span(text, "The budget"), span(text, "will balance by 2026")), List.of(span(text, "And rates will fall")));
    String name = "Treasurer Ana Lund";
    for (int i = 0; i < wordings.size(); i++) {
      String statement = wordings.get(i).statement(Optional.of(name), false);
      int content = contents.get(i).stream().mapToInt(TextSpan::length).sum() + contents.get(i).size() - 1;
      // " said" stands for the cue; ": ", two quote marks and the stop are the punctuation around the words
      int bound = content + name.length() + " said".length() + ": ".length() + 3;
      assertThat(statement.length()).as(statement).isLessThanOrEqualTo(bound);
    }
  }

  @Test
  void fragmentsOutsideTheTextAreRefusedWithTheirValues() {
    String text = "Short.";
    TextSpan elsewhere = TextSpan.of("A much longer text than that.", 10, 20);
    assertThatThrownBy(() -> ClaimWording.of(text, List.of(elsewhere), true, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 6");
    assertThatThrownBy(() -> ClaimWording.of(text, List.of(), true, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
