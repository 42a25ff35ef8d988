package org.claimspan.backend.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UD-to-Penn mapping on tag sequences written for the test; no model involved. */
class PennTagsTest {

  private static String[] map(String words, String ud, String lemmas) {
    String[] w = words.split(" ");
    return PennTags.map(w, ud.split(" "), lemmas.split(" "), new boolean[w.length]);
  }

  @Test
  void verbFormsComeFromTheWordItsLemmaAndTheAuxiliaryBeforeIt() {
    assertThat(map("she has said it", "PRON AUX VERB PRON", "she have say it"))
        .containsExactly("PRP", "VBZ", "VBN", "PRP");
    assertThat(map("officials said it", "NOUN VERB PRON", "official say it"))
        .containsExactly("NNS", "VBD", "PRP");
    assertThat(map("he says so", "PRON VERB ADV", "he say so")).containsExactly("PRP", "VBZ", "RB");
    assertThat(map("they argue that", "PRON VERB SCONJ", "they argue that")).containsExactly("PRP", "VBP", "IN");
    assertThat(map("will not say", "AUX PART VERB", "will not say")).containsExactly("MD", "RB", "VB");
    assertThat(map("to say", "PART VERB", "to say")).containsExactly("TO", "VB");
    assertThat(map("was also told", "AUX ADV VERB", "be also tell")).containsExactly("VBD", "RB", "VBN");
    assertThat(map("saying", "VERB", "say")).containsExactly("VBG");
  }

  @Test
  void contractionsTakeTheTagOfTheirFirstPart() {
    assertThat(map("it's won't Trump's", "PRON+AUX AUX+PART PROPN+PART", "it will trump"))
        .containsExactly("PRP", "MD", "NNP");
  }

  @Test
  void pronounsDeterminersAndPunctuation() {
    assertThat(map("her plan her who , . : (", "PRON NOUN PRON PRON PUNCT PUNCT PUNCT PUNCT", "her plan her who , . : ("))
        .containsExactly("PRP$", "NN", "PRP", "WP", ",", ".", ":", "-LRB-");
    assertThat(map("\u201C \u201D", "PUNCT PUNCT", "\" \"")).containsExactly("``", "''");
  }

  @Test
  void straightQuotesFollowWhetherTheyOpen() {
    String[] words = {"\"", "\""};
    assertThat(PennTags.map(words, new String[] {"PUNCT", "PUNCT"}, words, new boolean[] {true, false}))
        .containsExactly("``", "''");
  }
}
