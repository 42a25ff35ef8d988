package org.claimspan.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The candidates the attribution rules propose before the trained filter judges them, on
 * handwritten sentences parsed by CoreNLP: whether the filter keeps one is the model's business and
 * the evaluation's; that the rules find it with the right spans is tested here.
 */
class AttributionCandidatesTest {
  private static String content(Candidate candidate) {
    return String.join(" ... ", candidate.parts().stream().map(TextSpan::text).toList());
  }

  @Test
  void cueNounWithAPossessorAndAThatClause() {
    assertThat(RuleCandidates.of("Critics seized on the mayor's claim that the budget was balanced."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("claim");
          assertThat(c.source()).map(TextSpan::text).contains("the mayor's");
          assertThat(content(c)).isEqualTo("that the budget was balanced");
        });
  }

  @Test
  void aRaisingVerbJoinsTheCueItGovernsInsteadOfProposingItsOwn() {
    List<Candidate> found = RuleCandidates.of("The mayor seemed to blame the council for the long delay.");

    assertThat(found).extracting(c -> c.cue().text()).containsExactly("seemed to blame");
    assertThat(found.get(0).source()).map(TextSpan::text).contains("The mayor");
  }

  @Test
  void aCueForASubjectAndItsInfinitiveTakesBothAsItsContent() {
    assertThat(RuleCandidates.of("The senator called for an independent prosecutor to investigate the sale."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("called for");
          assertThat(c.source()).map(TextSpan::text).contains("The senator");
          assertThat(content(c)).isEqualTo("an independent prosecutor to investigate the sale");
        });
  }

  @Test
  void aReportingAsideAfterItsClauseReportsItThoughItsWhenAndWhereFollow() {
    assertThat(RuleCandidates.of("The pilot had logged nearly 6,300 hours of flying time, the airline said on Thursday."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("the airline");
          assertThat(content(c)).isEqualTo("The pilot had logged nearly 6,300 hours of flying time");
        });
  }

  @Test
  void aParticipleOfSpeechAfterAContentsCommaEndsIt() {
    assertThat(RuleCandidates.of("The mayor said the budget was balanced, adding that taxes would not rise next year."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("the budget was balanced");
        });
    assertThat(RuleCandidates.of("The mayor said the budget was balanced, leaving the council without a reason to object."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).startsWith("the budget was balanced, leaving");
        });
  }

  @Test
  void aConditionBeforeAReportingVerbIsNotAllThatWasReported() {
    assertThat(RuleCandidates.of("If she becomes president, the senator suggested in a tweet, women would not be punished."))
        .noneSatisfy(c -> assertThat(content(c)).isEqualTo("If she becomes president"))
        .anySatisfy(c -> assertThat(content(c)).isEqualTo("If she becomes president ... women would not be punished"));
  }

  @Test
  void aWrittenStatementOrASocialNetworkIsPartOfTheCueButAnInterviewIsNot() {
    assertThat(RuleCandidates.of("The company said in a statement that the plant would close."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said in a statement");
          assertThat(content(c)).isEqualTo("that the plant would close");
        });
    assertThat(RuleCandidates.of("The senator wrote on Twitter that the vote was rigged."))
        .anySatisfy(c -> assertThat(c.cue().text()).isEqualTo("wrote on Twitter"));
    assertThat(RuleCandidates.of("The mayor said in an interview that the plant would close."))
        .anySatisfy(c -> assertThat(c.cue().text()).isEqualTo("said"));
  }

  @Test
  void anAboutPhraseAfterTheAddresseeIsTheContentWithItsPreposition() {
    assertThat(RuleCandidates.of("The governor is talking to voters about health care and taxes."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("is talking");
          assertThat(c.source()).map(TextSpan::text).contains("The governor");
          assertThat(content(c)).isEqualTo("about health care and taxes");
        });
  }

  @Test
  void aOneWordAnswerIsWhatWasSaidButNotTheStartOfAPhrase() {
    assertThat(RuleCandidates.of("Most voters in the poll said yes, and a third said so in December."))
        .anySatisfy(c -> assertThat(content(c)).isEqualTo("yes"))
        .anySatisfy(c -> assertThat(content(c)).isEqualTo("so"));
    assertThat(RuleCandidates.withoutParse("Half of the voters said so in December."))
        .anySatisfy(c -> assertThat(content(c)).isEqualTo("so"));
    assertThat(RuleCandidates.of("The senator said no one would be punished."))
        .noneSatisfy(c -> assertThat(content(c)).isEqualTo("no"));
  }

  @Test
  void aParticipleAfterAQuotationAndItsVerbReportsItsOwnObject() {
    List<Candidate> found = RuleCandidates.withQuotes(
        "\u201CIt is a reflection of the anger that people feel,\u201D the senator said, citing low growth and unemployment.");
    assertThat(found).anySatisfy(c -> {
      assertThat(c.cue().text()).isEqualTo("citing");
      assertThat(content(c)).isEqualTo("low growth and unemployment");
    });
    assertThat(found).anySatisfy(c -> {
      assertThat(c.cue().text()).isEqualTo("said");
      assertThat(content(c)).startsWith("It is a reflection");
    });
  }

  @Test
  void aQuotationInTheParagraphAfterAColonIsWhatTheCueReports() {
    assertThat(RuleCandidates.withQuotes("The governor later declared:\n\u201CWe will not raise taxes this year. Not one cent.\u201D"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).endsWith("declared");
          assertThat(content(c)).startsWith("We will not raise taxes this year.");
        });
  }

  @Test
  void whatOneAgreesWithIsTheContent() {
    assertThat(RuleCandidates.of("Two former governors agreed with the analysis."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("agreed with");
          assertThat(content(c)).isEqualTo("the analysis");
        });
  }

  @Test
  void aQuotationBeforeItsSourceIsWhatWasSaidThoughAnAdverbialClauseFollows() {
    assertThat(RuleCandidates.withQuotes("\u201CMy work is not done,\u201D the singer said as she accepted her award."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("the singer");
          assertThat(content(c)).startsWith("My work is not done");
        });
  }

  @Test
  void aQuoteOpeningTheNextSentenceContinuesTheCandidateBeforeTheFilterJudgesIt() {
    List<Candidate> found = RuleCandidates.withQuotes(
        "\u201CThat tide will lift all boats,\u201D said the governor. \u201CAnd the plan will pay for itself.\u201D");

    assertThat(found).anySatisfy(c -> {
      assertThat(c.cue().text()).isEqualTo("said");
      assertThat(c.parts()).extracting(TextSpan::text)
          .containsExactly("That tide will lift all boats,", "And the plan will pay for itself.");
      assertThat(c.features()).contains("continued=true");
    });
  }

  @Test
  void withoutAParseAQuotationBeforeTheSourceIsWhatWasToldThoughTheClauseGoesOn() {
    assertThat(RuleCandidates.withoutParse(
        "\u201CWe are going to win this state in November,\u201D the senator told a crowd in Green Bay."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("told");
          assertThat(content(c)).startsWith("We are going to win this state in November");
        });
  }

  @Test
  void withoutAParseAnAsideReportsTheClauseBeforeItThoughAWhenOrWherePhraseFollows() {
    assertThat(RuleCandidates.withoutParse("The pilot had logged 6,300 hours of flying time, officials said in a statement."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("officials");
          assertThat(content(c)).isEqualTo("The pilot had logged 6,300 hours of flying time");
        });
    assertThat(RuleCandidates.withoutParse("Campaigning in the state, he barely mentioned climate change."))
        .noneSatisfy(c -> assertThat(content(c)).startsWith("Campaigning"));
  }

  @Test
  void withoutAParseAParticipleSharesTheSourceOfTheClauseBeforeItsComma() {
    assertThat(RuleCandidates.withoutParse("He also staked out new positions, saying he would send more troops."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("saying");
          assertThat(c.source()).map(TextSpan::text).contains("He");
          assertThat(content(c)).isEqualTo("he would send more troops");
        });
    assertThat(RuleCandidates.withoutParse(
        "\u201CWe did not fight for it,\u201D the governor said, adding that he had fought for other bills."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("adding");
          assertThat(c.source()).map(TextSpan::text).contains("the governor");
          assertThat(content(c)).isEqualTo("that he had fought for other bills");
        });
  }

  @Test
  void withoutAParseASecondVerbOrALaterParticipleHasTheMainClausesSubject() {
    assertThat(RuleCandidates.withoutParse("The senator survived five years in prison and says such techniques are inhumane."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("says");
          assertThat(c.source()).map(TextSpan::text).contains("The senator");
        });
    assertThat(RuleCandidates.withoutParse("Speaking in Salem, the governor went after his rival, calling him a total stiff."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("calling");
          assertThat(c.source()).map(TextSpan::text).contains("the governor");
        });
  }

  @Test
  void withoutAParseANameBeforeItsVerbIsTheSourceThoughTheTaggerCallsItAnAdjective() {
    assertThat(RuleCandidates.withoutParse("Blackwell pointed to the polls."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text).contains("Blackwell"));
  }

  @Test
  void withoutAParseAClauseAfterAWhenPhraseOrOpeningWithAGerundIsWhatWasSaid() {
    assertThat(RuleCandidates.withoutParse("The donor said on Friday he met the candidate earlier this week."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("he met the candidate earlier this week");
        });
    assertThat(RuleCandidates.withoutParse("He said legalizing it could put thousands of people to work."))
        .anySatisfy(c -> assertThat(content(c)).isEqualTo("legalizing it could put thousands of people to work"));
  }

  @Test
  void withoutAParseAQuantifierOrAPronounKeptWithItsAuxiliaryIsTheSourceAsWritten() {
    assertThat(RuleCandidates.withoutParse("Some chanted slogans about the wall."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text).contains("Some"));
    assertThat(RuleCandidates.withoutParse("She\u2019s predicting she will do very well in Nevada."))
        .anySatisfy(c -> {
          assertThat(c.source()).map(TextSpan::text).contains("She");
          assertThat(content(c)).isEqualTo("she will do very well in Nevada");
        });
  }

  @Test
  void withoutAParseWhatWasAddedToSomethingIsNoStatement() {
    assertThat(RuleCandidates.withoutParse(
        "The department said it had added 28 firms to a trade blacklist over concerns about abuses."))
        .noneSatisfy(c -> assertThat(c.cue().text()).endsWith("added"))
        .anySatisfy(c -> assertThat(content(c)).startsWith("it had added 28 firms"));
  }

  @Test
  void anAttitudeAdjectiveWithItsCopulaIsACueAndANounModifierIsNot() {
    assertThat(RuleCandidates.of("The senator was also critical of the president's plan."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("was also critical of");
          assertThat(c.source()).map(TextSpan::text).contains("The senator");
          assertThat(content(c)).isEqualTo("the president's plan");
        });
    assertThat(RuleCandidates.of("The governor is confident that the bill will pass."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("is confident");
          assertThat(content(c)).isEqualTo("that the bill will pass");
        });
    assertThat(RuleCandidates.of("The critical vote came on Tuesday, and a confident mayor left early."))
        .noneSatisfy(c -> assertThat(c.cue().text()).containsAnyOf("critical", "confident"));
  }

  @Test
  void aParticipleSetOffAfterTheSourceIsNotPartOfIt() {
    assertThat(RuleCandidates.of("Murphy, using a term the governor has used, said the plan would fail."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("Murphy");
        });
    assertThat(RuleCandidates.of("Several senators, including Grassley, said the plan would fail."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text).contains("Several senators, including Grassley"));
  }

  @Test
  void aSentenceOpeningWithForAndAPersonGivesThatPersonsView() {
    assertThat(RuleCandidates.of("For Sanders, the mission is different."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("For");
          assertThat(c.source()).map(TextSpan::text).contains("Sanders");
          assertThat(content(c)).isEqualTo("the mission is different");
        });
    assertThat(RuleCandidates.of("For now, the mission is different.")).isEmpty();
  }

  @Test
  void aParticularPollIsTheSourceOfWhatTheSentenceFindsInIt() {
    assertThat(RuleCandidates.of("In a new Washington Post-ABC News poll, just 18 percent of Hispanic voters back the plan."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("In");
          assertThat(c.source()).map(TextSpan::text).contains("a new Washington Post-ABC News poll");
          assertThat(content(c)).isEqualTo("just 18 percent of Hispanic voters back the plan");
        });
    assertThat(RuleCandidates.of("The governor has a slight lead in the polls over his rival.")).isEmpty();
  }

  @Test
  void aParticipleOnTheObjectOfAVerbReportsThatVerbsSubjectNotItsObject() {
    assertThat(RuleCandidates.of("He also issued a statement on the subject, saying the plan would fail."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("saying");
          assertThat(c.source()).map(TextSpan::text).contains("He");
        });
    assertThat(RuleCandidates.of("Trump reversed himself yet again, telling CBS that the laws on abortion are set."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("telling");
          assertThat(c.source()).map(TextSpan::text).contains("Trump");
        });
  }

  @Test
  void aSourcesPartyAndStateKeepTheirClosingParenthesis() {
    assertThat(RuleCandidates.of("\"It reminds us how important this election is,\" Sen. Marco Rubio (R-Fla.) said Saturday night."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("Sen. Marco Rubio (R-Fla.)");
        });
  }

  @Test
  void aCommonNounAfterAQuotationAndItsVerbIsTheOneSpeaking() {
    assertThat(RuleCandidates.of("\"If any human involvement occurs in an election, they will find a way to corrupt it,\" wrote one commenter."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("wrote");
          assertThat(c.source()).map(TextSpan::text).contains("one commenter");
        });
  }

  @Test
  void theNameAfterAQuotationAndItsVerbIsTheSourceWhenTheParseGaveItToALaterVerb() {
    assertThat(RuleCandidates.of("\"This is one of those things you will know it when you see it,\" said Mr. Burr, adding that he did not think the party will get there."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("Mr. Burr");
        });
  }

  @Test
  void theSubjectOfAPassiveCueIsWhatItIsAboutNotItsSource() {
    assertThat(RuleCandidates.of("Pence was asked about the comment in a telephone interview."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).contains("asked");
          assertThat(c.source()).isEmpty();
        });
    assertThat(RuleCandidates.of("He was quoted as saying that the plan would fail."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text).contains("He"));
  }

  @Test
  void aBareAskedHasNoSourceUnlessItNamesWhoAsked() {
    assertThat(RuleCandidates.of("When asked whether she wanted the senator to campaign for her, she said she did not."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("asked");
          assertThat(c.source()).isEmpty();
        });
    assertThat(RuleCandidates.of("Asked by a reporter whether he would run again, the senator said he had not decided."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("Asked");
          assertThat(c.source()).map(TextSpan::text).contains("a reporter");
        });
  }

  @Test
  void aDescriptionAfterAnInvertedSourceRunsToTheSentencesEnd() {
    assertThat(RuleCandidates.of("\"The unions have a stranglehold on the Democrats,\" said Steven Brill, author of \"America's Bitter Pill,\" a history of the health care debate."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text)
            .contains("Steven Brill, author of \"America's Bitter Pill,\" a history of the health care debate"));
    assertThat(RuleCandidates.of("\"It is against the law,\" said House Speaker Paul Ryan in a statement."))
        .anySatisfy(c -> assertThat(c.source()).map(TextSpan::text).contains("House Speaker Paul Ryan"));
  }

  @Test
  void continuingToSaySomethingIsOneCue() {
    List<Candidate> found = RuleCandidates.of("The senator continued to question whether the governor was eligible.");

    assertThat(found).extracting(c -> c.cue().text()).containsExactly("continued to question");
    assertThat(content(found.get(0))).isEqualTo("whether the governor was eligible");
  }

  @Test
  void theWordsOpeningTheSentenceOfAQuotationBeforeItsCueArePartOfTheContent() {
    assertThat(RuleCandidates.of("The people of Scranton and towns like it \u201cdeserve someone who is with them,\u201d said the former vice president."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).startsWith("The people of Scranton and towns like it \u201cdeserve someone");
        });
  }

  @Test
  void theWritersWordsBeforeALongQuotationMakeTheContentMixed() {
    assertThat(RuleCandidates.of("The mayor said he wants \"a total and complete review of the budget until the council can figure out what is going on.\""))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).startsWith("he wants \"a total and complete review");
        });
  }

  @Test
  void aTopicsPrepositionJoinsTheCueOverAnAdverbAndMayOpenAClause() {
    assertThat(RuleCandidates.of("In 2008, he complained bitterly about the backing of independence for Kosovo."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("complained bitterly about");
          assertThat(content(c)).isEqualTo("the backing of independence for Kosovo");
        });
    assertThat(RuleCandidates.of("Noah was commenting on how the maneuvering between Russia and Turkey could hurt the U.S."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("was commenting on");
          assertThat(content(c)).startsWith("how the maneuvering between Russia and Turkey could hurt");
        });
  }

  @Test
  void aQuotationAfterAParticipleAsideContinuesTheQuotationBeforeIt() {
    assertThat(RuleCandidates.withQuotes("\u201cIt is good strategy for the fall,\u201d said Ed Rendell, a former governor, referring to the long list of endorsements. \u201cIn a general election, cities can be crucial.\u201d"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.parts()).extracting(TextSpan::text)
              .containsExactly("It is good strategy for the fall,", "In a general election, cities can be crucial.");
        });
    assertThat(RuleCandidates.withQuotes("\u201cI am going to vote in this primary for Bernie,\u201d said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to get corporate money out of government. \u201cIt is supposed to be for the people, not the Walmart.\u201d"))
        .anySatisfy(c -> assertThat(c.parts()).hasSize(2));
  }

  @Test
  void aReportingAsideDoesNotTakeInTheParticipleThatFollowsIt() {
    assertThat(RuleCandidates.withQuotes("The two leaders will meet sometime next week, the spokesman said, adding, \u201cThey need to sit down and have a good talk.\u201d"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("The two leaders will meet sometime next week");
        });
  }

  @Test
  void aParticipleOnAnObjectDoesNotReportTheQuotationBeforeTheVerb() {
    assertThat(RuleCandidates.withQuotes("\u201cYou are working it hard,\u201d Crowley told Becerra, alluding to the chairman's rumored ambitions."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).startsWith("alluding");
          assertThat(content(c)).isEqualTo("the chairman's rumored ambitions");
        });
  }

  @Test
  void whatAReportShowsOfItsObjectIsPartOfTheContent() {
    assertThat(RuleCandidates.of("Recent polls show Clinton up by 10 points in New York."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("show");
          assertThat(content(c)).isEqualTo("Clinton up by 10 points in New York");
        });
  }

  @Test
  void aNamingVerbsTwoObjectsAreOneContentThatClosesItsQuotation() {
    assertThat(RuleCandidates.withQuotes("Bush also attacked Trump at the debate, calling him a \u201closer.\u201d"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("calling");
          assertThat(content(c)).isEqualTo("him a \u201closer.\u201d");
        });
  }

  @Test
  void theQuestionOfAnOpeningAskedEndsBeforeTheMainClause() {
    assertThat(RuleCandidates.of("Asked during a January debate why he trailed Clinton so badly among minority voters, Senator Bernie Sanders said he would gain ground."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("Asked");
          assertThat(c.source()).isEmpty();
          assertThat(content(c)).isEqualTo("why he trailed Clinton so badly among minority voters");
        });
  }

  @Test
  void theQuestionAfterThePersonAskedIsTheContent() {
    assertThat(RuleCandidates.of("Then Mr. Rubin asked the students if they were always so preternaturally serious."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("asked");
          assertThat(content(c)).isEqualTo("if they were always so preternaturally serious");
        });
  }

  @Test
  void aHeadlinesColonReportsTheWholeLineThoughItOpensWithAQuotation() {
    assertThat(RuleCandidates.withQuotes("Ryan: \u2018Anti-Semitic Images\u2019 Have \u2018No Place In A Presidential Campaign.\u2019\n\nThe speaker spoke on Tuesday."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo(":");
          assertThat(content(c)).startsWith("Anti-Semitic Images").endsWith("No Place In A Presidential Campaign.");
        });
  }

  @Test
  void aSentenceOpeningAsClauseReportsTheMainClause() {
    assertThat(RuleCandidates.of("As The Washington Post reported, even if Sanders managed to split delegates, he would then need to win 55 percent of the remaining delegates."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("reported");
          assertThat(c.source()).map(TextSpan::text).contains("The Washington Post");
          assertThat(content(c)).isEqualTo("even if Sanders managed to split delegates, he would then need to win 55 percent of the remaining delegates");
        });
  }

  @Test
  void aGerundRightAfterAReportingVerbIsItsContent() {
    assertThat(RuleCandidates.of("Mr. Kasich reported having $1.3 million in cash on hand at the beginning of March."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("reported");
          assertThat(content(c)).isEqualTo("having $1.3 million in cash on hand at the beginning of March");
        });
  }

  @Test
  void aCueNounAsTheObjectOfAnotherVerbTakesThatVerbsSubjectAsItsSource() {
    assertThat(RuleCandidates.of("Trump has made several controversial statements on the matter."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("has made several controversial statements on");
          assertThat(c.source()).map(TextSpan::text).contains("Trump");
          assertThat(content(c)).isEqualTo("the matter");
        });
  }

  @Test
  void theClauseAfterThePersonToldIsWhatTheyWereTold() {
    assertThat(RuleCandidates.of("Trump assured voters he would force Mexico to pay for the wall."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("assured");
          assertThat(content(c)).isEqualTo("he would force Mexico to pay for the wall");
        });
  }

  @Test
  void aVerbHungOnAParticipleTheParserTookForTheMainVerbHasTheParticiplesSubject() {
    assertThat(RuleCandidates.of("A Quinnipiac University poll released in late August found that 74 percent of likely voters want to see his returns."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("found");
          assertThat(c.source()).map(TextSpan::text).contains("A Quinnipiac University poll");
        });
  }

  @Test
  void aContentWithoutASourceIsACandidateUnlessItIsAShortQuotation() {
    assertThat(RuleCandidates.of("After the Cold War, Republicans were in the lead in advocating NATO enlargement."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("advocating");
          assertThat(c.source()).isEmpty();
          assertThat(content(c)).isEqualTo("NATO enlargement");
        });
    assertThat(RuleCandidates.withQuotes("Shoppers lined up for the so-called \u201cdetox\u201d teas."))
        .noneSatisfy(c -> assertThat(content(c)).contains("detox"));
  }

  @Test
  void aCuesSubjectInsideTheQuotationBeforeItIsNotItsSubject() {
    assertThat(RuleCandidates.withQuotes("\"The demand for AI servers hasn't gone anywhere. It's just further out than we hoped,\" he said."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("he");
        });
  }

  @Test
  void aSentenceOpeningWithToSomebodyGivesTheirView() {
    assertThat(RuleCandidates.of("To Sexton, Tuesday marked a turning point in the campaign."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("To");
          assertThat(c.source()).map(TextSpan::text).contains("Sexton");
          assertThat(content(c)).isEqualTo("Tuesday marked a turning point in the campaign");
        });
  }

  @Test
  void aParticipleHungOnTheReportedClauseHasTheReportersSubject() {
    assertThat(RuleCandidates.withQuotes("The senator said on Monday that the governor represents \u201cthe worst of Washington,\u201d adding that the state deserves better."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("adding");
          assertThat(c.source()).map(TextSpan::text).contains("The senator");
        });
    assertThat(RuleCandidates.withQuotes("Ms. Rivera said that the plan \u201cwould hurt working families,\u201d arguing that taxes would rise."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("arguing");
          assertThat(c.source()).map(TextSpan::text).contains("Ms. Rivera");
        });
  }

  @Test
  void anAnswerAfterAQuestionIsWhatWasSaid() {
    assertThat(RuleCandidates.withQuotes("Asked whether Clinton \u201chas the integrity to serve effectively as president,\u201d 75 percent of Democrats said yes, but 55 percent of all voters say she does not."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("yes");
        });
  }

  @Test
  void aQuotationTheParserMadeTheSubjectOfAnInvertedCueIsNotItsSource() {
    for (String text : List.of(
        "\u201cSmall towns where the other party usually wins, even in a landslide year, don\u2019t matter,\u201d said Jenkins.",
        "\u201cLazy reporters acting like they've never seen a budget before,\u201d scoffed Dana Wells, 31, who founded the group in 2014.")) {
      assertThat(RuleCandidates.withQuotes(text))
          .anySatisfy(c -> {
            assertThat(c.source()).map(TextSpan::text).hasValueSatisfying(source -> assertThat(source).isIn("Jenkins", "Dana Wells"));
            assertThat(content(c)).startsWith(text.substring(1, 12));
          });
    }
  }

  @Test
  void aRelativeWordThatIsWhatWasSaidOpensTheContent() {
    assertThat(RuleCandidates.of("The policy changes, which officials said will go into effect in the next few months, will not apply to all travelers."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("officials");
          assertThat(content(c)).isEqualTo("which ... will go into effect in the next few months");
        });
    assertThat(RuleCandidates.of("The board also approved a tax on hotel rooms, which the budget office expects to raise $4 million next year."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("expects");
          assertThat(content(c)).isEqualTo("which ... to raise $4 million next year");
        });
    assertThat(RuleCandidates.withQuotes("He attacked Rubio, who he dubbed \u201cthe little senator.\u201d"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("dubbed");
          assertThat(content(c)).startsWith("who ... ").contains("the little senator");
        });
  }

  @Test
  void inWhatItDescribesAsTheAsPhraseIsTheContent() {
    assertThat(RuleCandidates.of("The city has installed new cameras, in what it describes as an effort to reduce crime downtown."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).startsWith("describes");
          assertThat(c.source()).map(TextSpan::text).contains("it");
          assertThat(content(c)).isEqualTo("an effort to reduce crime downtown");
        });
  }

  @Test
  void aRelativeWordInsideTheQuotationBeforeTheCueIsNotItsContent() {
    assertThat(RuleCandidates.withQuotes("''He will crush you into the dirt to get whatever he wants. That's who he is,'' Ms. Lopez said."))
        .noneSatisfy(c -> assertThat(content(c)).isEqualTo("who"));
  }

  @Test
  void aRelativeWordThatIsTheCuesPlainObjectIsTheWholeContent() {
    assertThat(RuleCandidates.of("The report repeats the allegations, which the mayor has denied since May."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("has denied");
          assertThat(content(c)).isEqualTo("which");
        });
  }

  @Test
  void theNounThatEndsTheSentenceAfterAnInvertedSaidIsItsSourceInTheParse() {
    assertThat(RuleCandidates.of("Sales are falling, but the plant is still under intense pressure from imports, said the company's chief executive, Jane Roe."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("the company's chief executive, Jane Roe");
          assertThat(content(c)).startsWith("Sales are falling");
          assertThat(c.features()).doesNotContain("finder=patterns"); // found by the parse rules, not their fallback
        });
  }

  @Test
  void theComplementAfterTheCueWinsOverOneTheParserPutBeforeIt() {
    assertThat(RuleCandidates.of("Like other golf club owners who foresee an upside in expanding their offerings, Mr. Reyes said he was building a new clubhouse and a pool."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("he was building a new clubhouse and a pool");
        });
  }

  @Test
  void aContentTheParserCutAtAListsCommaRunsOnToTheSentencesEnd() {
    assertThat(RuleCandidates.of("Rubio said the Republican presidential primary has become a three-person race between himself, Donald Trump and Ted Cruz."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("the Republican presidential primary has become a three-person race between himself, Donald Trump and Ted Cruz");
        });
  }

  @Test
  void aFocusAdverbBeforeTheSourceIsLeftOut() {
    assertThat(RuleCandidates.of("Still, even Ms. Ortiz says there is a good reason for the delay."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("says");
          assertThat(c.source()).map(TextSpan::text).contains("Ms. Ortiz");
        });
  }

  @Test
  void aSourceHoldingADashedAsideEndsWithItsClosingDash() {
    assertThat(RuleCandidates.of("Mayor Ann Lee \u2013 a lifelong Cubs fan \u2013 said the team would win the series."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("Mayor Ann Lee \u2013 a lifelong Cubs fan \u2013");
        });
  }

  @Test
  void aDatelineIsNoPartOfTheSource() {
    for (String text : List.of(
        "WASHINGTON \u2014 Senator Jane Roe said on Tuesday that the bill would pass.",
        "CASPER, Wyo. - Sen. John Doe (R-Wyo.) said the state would vote for him.")) {
      assertThat(RuleCandidates.of(text))
          .anySatisfy(c -> {
            assertThat(c.cue().text()).isEqualTo("said");
            assertThat(c.source()).map(TextSpan::text).hasValueSatisfying(source -> assertThat(source).startsWith("Sen"));
          });
    }
  }

  @Test
  void aParticipleInTheOpeningPhraseReportsUpToItsCommaForTheMainClausesSubject() {
    assertThat(RuleCandidates.of("After saying he was nervous about the vote, the senator ended up in the middle of the room with the mayor."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("saying");
          assertThat(c.source()).map(TextSpan::text).contains("the senator");
          assertThat(content(c)).isEqualTo("he was nervous about the vote");
        });
  }

  @Test
  void thePatternsLeaveASpeakersRelativeClauseOutOfTheSource() {
    assertThat(RuleCandidates.withoutParse("The mayor, who took office in May, said the budget was balanced."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(c.source()).map(TextSpan::text).contains("The mayor");
        });
  }

  @Test
  void aParentheticalCueKeepsItsOwnWhenOutOfTheContentAroundIt() {
    assertThat(RuleCandidates.of("The new museum, the mayor said on Tuesday, would draw two million visitors a year."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("said");
          assertThat(content(c)).isEqualTo("The new museum ... would draw two million visitors a year");
        });
  }

  @Test
  void anObjectRunsOnOverWhatTheCueVerbSaysOfIt() {
    assertThat(RuleCandidates.of("The governor compared the new tax to a toll on working families."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("compared");
          assertThat(content(c)).isEqualTo("the new tax to a toll on working families");
        });
    assertThat(RuleCandidates.of("The union accused the company of breaking its promise to the workers."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("accused");
          assertThat(content(c)).isEqualTo("the company of breaking its promise to the workers");
        });
  }

  @Test
  void anObjectDoesNotRunOnOverHowTheActWasDone() {
    assertThat(RuleCandidates.of("The group condemned the new law by saying that it punished the poor."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("condemned");
          assertThat(content(c)).isEqualTo("the new law");
        });
  }

  @Test
  void aDiscourseMarkerBuiltOnSaidReportsNobody() {
    assertThat(RuleCandidates.of("That said, the council approved the budget on Tuesday.")).isEmpty();
    assertThat(RuleCandidates.of("Having said that, the mayor still expects a deficit next year."))
        .extracting(c -> c.cue().text()).containsExactly("still expects");
    assertThat(RuleCandidates.of("That, the mayor said, would never happen."))
        .extracting(c -> c.cue().text()).containsExactly("said");
  }

  @Test
  void aNewsroomLabelBeforeAHeadlineColonNamesNoSpeaker() {
    assertThat(RuleCandidates.of("CORRECTION: An earlier version of this article misstated the date of the vote."))
        .noneMatch(c -> c.cue().text().equals(":"));
    assertThat(RuleCandidates.of("Sanders: The system is rigged against working families"))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo(":");
          assertThat(c.source()).map(TextSpan::text).contains("Sanders");
        });
  }
}
