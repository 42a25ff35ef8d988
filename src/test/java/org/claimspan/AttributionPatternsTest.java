package org.claimspan;

import static org.claimspan.testing.ResultAssert.assertThat;

import org.claimspan.model.AttributionKind;
import org.claimspan.model.SpeakerType;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;

/** Attribution patterns of English news on sentences written for the test, with real models. */
class AttributionPatternsTest {

  private static ExtractionResult extract(String text) {
    ExtractionResult result = Extractors.accurate().extract(Document.of("t", text));
    SpanInvariants.check(result);
    return result;
  }

  @Test
  void indirectSpeechWithThatClause() {
    assertThat(extract("The finance minister, Ana Ruiz, said that inflation had fallen to 3 percent in June."))
        .hasAttribution().withSpeaker("Ana Ruiz").withCue("said").withKind(AttributionKind.INDIRECT)
        .withContentStartingWith("that inflation had fallen");
  }

  @Test
  void aCueInsideTheSourceDoesNotTakeTheMainVerbIntoItsContent() {
    ExtractionResult result = extract("The senator who criticized the plan said on Monday that taxes would rise.");
    assertThat(result).hasAttribution().withCue("said").withContentStartingWith("that taxes would rise");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.content().text().contains("plan said"));
  }

  @Test
  void theAcronymWhoIsNotARelativePronoun() {
    ExtractionResult result = extract("The director-general of the WHO said the outbreak was under control.");
    assertThat(result).hasAttribution().withCue("said").withSource("The director-general of the WHO");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .allSatisfy(a -> org.assertj.core.api.Assertions.assertThat(a.speaker().map(s -> s.name()).orElse("")).doesNotEndWith("of the"));
  }

  @Test
  void cueKeepsItsAuxiliariesAndAnyInflection() {
    ExtractionResult result = extract("The senator has argued that the law is unconstitutional. "
        + "Critics will insist that the vote was rigged.");
    assertThat(result).hasAttribution().withCue("has argued").withSource("The senator");
    assertThat(result).hasAttribution().withCue("will insist").withSpeakerType(SpeakerType.ANONYMOUS);
  }

  @Test
  void headlineColonIntroducesWhatTheNameSays() {
    assertThat(extract("Paul Ryan: Tax Reform Will Pass This Year\nThe speaker spoke in Ohio."))
        .hasAttribution().withCue(":").withSource("Paul Ryan").withContentStartingWith("Tax Reform");
  }

  @Test
  void aQuotationCreditedByADashIsItsNamesDirectSpeech() {
    ExtractionResult result = extract("Readers wrote to us after the debate.\n\n"
        + "\u201CThe plan will hurt farmers. We deserve better.\u201D \u2015 Edwin G. Monroy\n"
        + "\u201CI have never been so proud of this town.\u201D\n\n- Ana Ruiz, Philadelphia.");
    assertThat(result).hasAttribution().withCue("\u2015").withSource("Edwin G. Monroy")
        .withKind(AttributionKind.DIRECT).withContentStartingWith("The plan will hurt farmers");
    assertThat(result).hasAttribution().withCue("-").withSource("Ana Ruiz")
        .withContentStartingWith("I have never been so proud");
  }

  @Test
  void aDashedSubheadingIsNoByline() {
    ExtractionResult result = extract("\u201CWe will not move,\u201D the mayor said of the plan.\n\n"
        + "\u2013 An immigrant himself \u2013\n\nHe came to the city in 1990.");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.cue().map(cue -> cue.span().text().equals("\u2013")).orElse(false));
  }

  @Test
  void eachTurnOfATranscriptIsOneAttributionWithNothingInsideIt() {
    ExtractionResult result = extract("The interview aired on Sunday. A transcript follows.\n\n"
        + "\"HALE: Governor, do you think the plan will pass? Voters say they are worried.\n\n"
        + "\"RUIZ: I think it will pass. We have the votes, and people know it.\n\n"
        + "\"HALE: Thank you, Governor.");
    assertThat(result).hasAttribution().withCue(":").withSource("RUIZ")
        .withContentStartingWith("I think it will pass. We have the votes");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .filteredOn(a -> a.cue().map(cue -> cue.span().text().equals(":")).orElse(false)).hasSize(3);
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.cue().map(cue -> cue.span().text().startsWith("think") || cue.span().text().equals("say")).orElse(false));
  }

  @Test
  void aLoneCapitalisedLabelIsNoTranscript() {
    ExtractionResult result = extract("The mayor spoke on Monday.\n\nCORRECTION: An earlier version misstated the date.");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.source().map(source -> source.text().equals("CORRECTION")).orElse(false));
  }

  @Test
  void splitQuoteIsOneAttributionInTwoParts() {
    ExtractionResult result = extract("\u201CWe will rebuild,\u201D Mayor Ana Ruiz said, \u201Cand we will do it this year.\u201D");
    assertThat(result).hasAttribution().withSpeaker("Ana Ruiz").withKind(AttributionKind.DIRECT);
    org.assertj.core.api.Assertions.assertThat(result.attributions().get(0).contentParts())
        .extracting(part -> part.text())
        .containsExactly("We will rebuild,", "and we will do it this year.");
  }

  @Test
  void directQuoteBeforeTheCueWithPronounSource() {
    assertThat(extract("Senator Tom Hale spoke to reporters on Monday.\n"
            + "\u201CWe will not accept these cuts,\u201D he said."))
        .hasAttribution().withSource("he").withSpeaker("Tom Hale").withCue("said")
        .withKind(AttributionKind.DIRECT).withContentContaining("We will not accept these cuts");
  }

  @Test
  void invertedSourceAfterTheCue() {
    assertThat(extract("\"Prices will rise again next year,\" said Jane Roe, an analyst at Brightwater Capital."))
        .hasAttribution().withSpeaker("Jane Roe").withCue("said").withKind(AttributionKind.DIRECT);
  }

  @Test
  void titleIsKeptApartFromTheName() {
    assertThat(extract("Secretary of State Mike Pompeo said the talks had failed."))
        .hasAttribution().withSpeaker("Mike Pompeo").withSpeakerTitle("Secretary of State");
  }

  @Test
  void accordingToIntroducesAReport() {
    assertThat(extract("The factory will close in March, according to a report by the Labor Department."))
        .hasAttribution().withCue("according to").withContentContaining("The factory will close in March");
  }

  @Test
  void pronounItResolvesToTheLastOrganisationSpeaking() {
    assertThat(extract("The Commerce Department said it had added nine companies to its list. "
            + "It also said that more would follow."))
        .hasAttribution().withSource("It").withSpeaker("Commerce Department").withCue("also said");
  }

  @Test
  void cueKeepsTheAdverbsOfItsVerbChainAsPolnearDoes() {
    assertThat(extract("The senator has repeatedly said that the budget is too large."))
        .hasAttribution().withSource("The senator").withCue("has repeatedly said");
  }

  @Test
  void relativePronounIsTheSourceAndResolvesToItsNoun() {
    assertThat(extract("The plan was criticised by Maria Lopez, who said that it would cost too much."))
        .hasAttribution().withSource("who").withSpeaker("Maria Lopez").withCue("said");
  }

  @Test
  void objectOfAJudgementKeepsItsGround() {
    // PolNeAR's content of "criticized X for Y" is "X for Y", not the object alone
    assertThat(extract("The governor criticized the mayor for cutting the school budget."))
        .hasAttribution().withSource("The governor").withCue("criticized")
        .withContentStartingWith("the mayor for cutting the school budget");
  }

  @Test
  void raisingVerbHasNoSourceAndItsContentIsSubjectAndInfinitive() {
    ExtractionResult result = extract("The governor seemed to regret the budget cuts after the vote.");
    assertThat(result).hasAttribution().withCue("seemed").withContentStartingWith("The governor");
    org.claimspan.model.Attribution raised = result.attributions().stream()
        .filter(a -> a.cue().isPresent() && a.cue().get().span().text().equals("seemed")).findFirst().orElseThrow();
    org.assertj.core.api.Assertions.assertThat(raised.source()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(raised.contentParts()).extracting(part -> part.text())
        .containsExactly("The governor", "to regret the budget cuts after the vote");
  }

  @Test
  void passiveCueWithAnAgentAttributesItsSubject() {
    // CoreNLP labels the agent a plain oblique with "by"; the agent is the source, the subject what it judged
    assertThat(extract("The new tax plan was sharply criticized by several Democratic senators."))
        .hasAttribution().withSource("several Democratic senators").withContentStartingWith("The new tax plan");
  }

  @Test
  void stanceVerbFromTheMinedLexiconTakesItsObject() {
    assertThat(extract("The largest teachers' union is backing Senator Maria Lopez in the primary."))
        .hasAttribution().withCue("is backing").withContentStartingWith("Senator Maria Lopez");
  }

  @Test
  void prepositionAfterACueVerbJoinsTheCueAndItsObjectIsTheContent() {
    assertThat(extract("Union leaders called for a new minimum wage."))
        .hasAttribution().withSource("Union leaders").withCue("called for").withContentContaining("a new minimum wage");
  }

  @Test
  void surnameLinksToTheFullName() {
    assertThat(extract("Mayor Denise Okafor defended the plan on Tuesday. Okafor said the budget was balanced."))
        .hasAttribution().withSource("Okafor").withSpeaker("Denise Okafor");
  }

  @Test
  void anonymousSourcesAreTypedAsSuch() {
    assertThat(extract("Officials said the bridge would reopen next week."))
        .hasAttribution().withSource("Officials").withSpeakerType(SpeakerType.ANONYMOUS);
  }

  @Test
  void participleAfterByInheritsTheSubject() {
    assertThat(extract("Amnesty International condemned the arrests by saying that they broke the law."))
        .hasAttribution().withSpeaker("Amnesty International").withCue("saying");
  }

  @Test
  void partialQuoteInsideReportedSpeechIsMixed() {
    assertThat(extract("The governor said the plan was \u201Cdead on arrival\u201D in the legislature."))
        .hasAttribution().withCue("said").withKind(AttributionKind.MIXED);
  }

  @Test
  void floatingQuoteContinuesThePreviousSpeaker() {
    assertThat(extract("\u201CWe had other options,\u201D Councilwoman Denise Okafor said.\n"
            + "\u201CWe could have phased in the fee a year earlier, and we chose not to do it.\u201D"))
        .hasAttribution().withSpeaker("Denise Okafor").withKind(AttributionKind.DIRECT)
        .withContentContaining("phased in the fee");
  }

  @Test
  void aFloatingQuoteGoesOnWithTheQuotationRightBeforeItWhateverTheParseMadeOfItsCue() {
    // the parser hangs "said" inside the relative clause, which made the second speaker an aside
    ExtractionResult result = extract("\u201CThe new plan will hurt every farmer in the county,\u201D Mayor Ellen Park "
        + "said, while arguing the state should pay for it.\n\n\"Both parties scare me,\" Ann Lee, 30, of Durham, N.C., "
        + "who was among those polled, said in a follow-up interview. \"We need people who will bring the county "
        + "together rather than further divide everyone.\"");
    assertThat(result).hasAttribution().withSpeaker("Ann Lee").withContentContaining("We need people");
    assertThat(result).hasAttribution().withSpeaker("Ellen Park").withContentStartingWith("The new plan");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.content().text().contains("hurt every farmer") && a.content().text().contains("We need people"));
  }

  @Test
  void aQuoteIntroducedByAColonDoesNotGoOnWithTheQuotationBefore() {
    ExtractionResult result = extract("The governor spoke in Toledo on Monday. \"Farmers in this state are honest "
        + "people, working people,\" he said. \"They deserve everybody's respect.\" But back in the capital, he "
        + "returned to his familiar lines: \"It's called Ohio First! ... There will be no new taxes! ... You cannot "
        + "get a road built in this state by asking nicely.\"");
    assertThat(result).hasAttribution().withCue("said").withContentContaining("They deserve everybody's respect");
    assertThat(result).hasAttribution().withContentContaining("It's called Ohio First!");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.content().text().contains("honest people") && a.content().text().contains("Ohio First"));
  }

  @Test
  void aLongQuoteOpeningTheNextSentenceGoesOnWithAnIndirectReport() {
    ExtractionResult result = extract("The county may be slow to act while the governor negotiates with the unions, "
        + "Treasurer Ruth Adler said. \"The other question the county has to answer is whether it can pay for any of "
        + "this before the next budget is due in the spring.\"");
    assertThat(result).hasAttribution().withSpeaker("Ruth Adler").withCue("said").withKind(AttributionKind.MIXED)
        .withContentStartingWith("The county may be slow to act").withContentContaining("The other question");
  }

  @Test
  void aShortQuoteAfterAnIndirectReportDoesNotGoOnWithIt() {
    ExtractionResult result = extract("The county may be slow to act while the governor negotiates with the unions, "
        + "Treasurer Ruth Adler said. \"We will see.\"");
    assertThat(result).hasAttribution().withSpeaker("Ruth Adler").withCue("said").withKind(AttributionKind.INDIRECT);
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.content().text().contains("We will see"));
  }

  @Test
  void aSourceKeepsBothQuoteMarksOfATitleInIt() {
    // the parser hangs both marks on the verb, so the phrase began after the opening one
    assertThat(extract("\u201CDaily Show\u201D host Trevor Noah said the network had made a mistake."))
        .hasAttribution().withCue("said").withSource("\u201CDaily Show\u201D host Trevor Noah");
  }

  @Test
  void aOneWordQuoteBeforeAnInvertedSaidIsNotItsSource() {
    // the parser makes the quoted word the subject of "said" and the speaker its object
    ExtractionResult result = extract("\"Safety,\" said Ann Grimm, a retired teacher from Dayton. "
        + "\"Safety for the whole country, everybody.\"");
    assertThat(result).hasAttribution().withCue("said").withSpeaker("Ann Grimm");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.source().map(source -> source.text().contains("Safety")).orElse(false));
  }

  @Test
  void furnitureLinesAndScareQuotesYieldNoAttribution() {
    ExtractionResult result = extract("Also Read\nThe so-called \"detox\" teas sold well last year.\n"
        + "Disclaimer: Nobody said anything here.");
    assertThat(result).hasNoAttributionMentioning("detox").hasNoAttributionMentioning("Nobody");
  }

  @Test
  void describeAsKeepsTheObjectInTheContent() {
    assertThat(extract("The governor described the protests as largely peaceful."))
        .hasAttribution().withCue("described").withContentStartingWith("the protests as largely peaceful");
  }

  @Test
  void thatBeforeAQuotationStaysInTheContent() {
    assertThat(extract("The mayor said that \u201Cthe city will not back down from this fight.\u201D"))
        .hasAttribution().withCue("said").withKind(AttributionKind.MIXED)
        .withContentStartingWith("that \u201Cthe city will not back down");
  }

  @Test
  void shortQuoteAfterTheCueSentenceContinuesTheSpeaker() {
    ExtractionResult result = extract("\u201CWe expected a much closer race this year,\u201D the senator said on Monday. "
        + "\u201CWe were wrong.\u201D");
    assertThat(result).hasAttribution().withCue("said").withContentContaining("We were wrong");
  }

  @Test
  void quotesInDoubledApostrophesAreQuotes() {
    assertThat(extract("''We will win this state by a wide margin,'' the senator said."))
        .hasAttribution().withCue("said").withKind(AttributionKind.DIRECT)
        .withContentStartingWith("We will win this state");
  }

  @Test
  void sourceKeepsItsRelativeClauseAndItsParty() {
    ExtractionResult result = extract("Jane Roe, who runs a bakery in Ohio, said sales had doubled. "
        + "Sen. Chuck Grassley (R-Iowa) said the bill would pass.");
    assertThat(result).hasAttribution().withSource("Jane Roe, who runs a bakery in Ohio").withSpeaker("Jane Roe");
    assertThat(result).hasAttribution().withSource("Sen. Chuck Grassley (R-Iowa)");
  }

  @Test
  void aRelativeClauseThatReportsSpeechOfItsOwnIsNoPartOfTheSource() {
    ExtractionResult result = extract("Jane Roe, who said last year that sales had doubled, told reporters on Monday "
        + "that the bakery would close.");
    assertThat(result).hasAttribution().withSource("who").withCue("said").withSpeaker("Jane Roe");
    assertThat(result).hasAttribution().withSource("Jane Roe").withCue("told")
        .withContentStartingWith("that the bakery would close");
  }

  @Test
  void sentenceFinalCueAfterALongClauseAttributesTheClause() {
    ExtractionResult result = extract("The firm spends millions on lobbyists in Washington and its founder travels "
        + "abroad often, consulting for foreign governments, several former employees said. Demand for steel has "
        + "fallen in every region this year, and for months at a time the plant has run a single shift, she said.");
    assertThat(result).hasAttribution().withSource("several former employees").withCue("said")
        .withContentStartingWith("The firm spends millions");
    assertThat(result).hasAttribution().withSource("she").withCue("said").withContentStartingWith("Demand for steel");
  }

  @Test
  void aQuoteEndingTheSentenceBeforeIsNotTheNextCuesContent() {
    ExtractionResult result = extract("The governor called the vote \u201Ca disgrace to the whole state.\u201D "
        + "Smith said the budget would pass next week.");
    assertThat(result).hasAttribution().withSource("Smith").withCue("said")
        .withContentStartingWith("the budget would pass");
    org.assertj.core.api.Assertions.assertThat(result.attributions())
        .noneMatch(a -> a.cue().isPresent() && a.cue().get().span().text().equals("said") && a.content().text().contains("disgrace"));
  }

  @Test
  void cueSpansTheVerbsThatGovernItsInfinitive() {
    ExtractionResult result = extract("The minister went on to say that the reform would cut costs. "
        + "The mayor seemed to blame the council for the long delay.");
    assertThat(result).hasAttribution().withCue("went on to say").withContentStartingWith("that the reform");
    assertThat(result).hasAttribution().withCue("seemed to blame");
  }

  @Test
  void aDatelineIsNoPartOfTheContent() {
    assertThat(extract("WASHINGTON (AP) \u2014 The senator has invested in companies he attacks on the campaign trail, "
            + "according to financial documents released on Monday."))
        .hasAttribution().withCue("according to").withContentStartingWith("The senator has invested");
  }

  @Test
  void aPollIsTheSourceOfWhatASentenceReportsInIt() {
    assertThat(extract("In the latest Marist poll, the governor's lead over her rival narrowed to four points."))
        .hasAttribution().withCue("In").withSource("the latest Marist poll")
        .withContentStartingWith("the governor's lead");
  }

  @Test
  void aMixedContentRunsOnToTheEndOfItsQuotation() {
    assertThat(extract("The mayor said that the new stadium \u201Cwill pay for itself. Every dollar comes back to the city.\u201D"))
        .hasAttribution().withCue("said").withKind(AttributionKind.MIXED)
        .withContentContaining("Every dollar comes back to the city");
  }

  @Test
  void aQuotationAfterTheCueKeepsItsPrepositionOutOfTheCue() {
    assertThat(extract("\u201CShe has never run anything bigger than a bake sale,\u201D the senator said of her rival."))
        .hasAttribution().withCue("said").withKind(AttributionKind.DIRECT);
  }

  @Test
  void aCuePhraseSpansAPronounObject() {
    assertThat(extract("The governor made it clear that the budget would not be cut."))
        .hasAttribution().withCue("made it clear").withContentStartingWith("that the budget");
  }

  @Test
  void aSurnameSourceKeepsTheTitleItsPersonWasGivenBefore() {
    assertThat(extract("Lena Marsh, a retired teacher, said she felt misled by the council. "
            + "\u201CThey promised us the library would stay open,\u201D Marsh said."))
        .hasAttribution().withSource("Marsh").withSpeaker("Lena Marsh").withSpeakerTitle("retired teacher");
  }

  @Test
  void withoutAParseAPronounKeptWithItsAuxiliaryIsTheSourceAndResolvesToTheSpeaker() {
    ExtractionResult result = Extractors.fast().extract(Document.of("t",
        "Senator Jane Roe spoke in Reno on Monday. She\u2019s predicting she will do very well in Nevada."));
    SpanInvariants.check(result);
    assertThat(result).hasAttribution().withSource("She").withSpeaker("Jane Roe");
  }
}
