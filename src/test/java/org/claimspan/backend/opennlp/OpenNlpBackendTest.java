package org.claimspan.backend.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenNLP backend with its real models: offsets, regions, tags and lemmas. */
class OpenNlpBackendTest {
  private static OpenNlpBackend backend;

  @BeforeAll
  static void load() {
    backend = new OpenNlpBackend();
  }

  private static AnalyzedText analyzeParagraphs(String text) {
    List<TextSpan> regions = new ArrayList<>();
    int begin = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        regions.add(TextSpan.of(text, begin, begin + line.length()));
      }
      begin += line.length() + 1;
    }
    return backend.analyze(text, regions, 150);
  }

  @Test
  void declaresNoParseAndNoEntities() {
    assertThat(backend.capabilities()).containsExactlyInAnyOrder(
        Capability.SENTENCES, Capability.TOKENS, Capability.PART_OF_SPEECH, Capability.LEMMAS);
    AnalyzedText analysis = analyzeParagraphs("Officials said the plan had failed.");
    assertThat(analysis.entities()).isEmpty();
    assertThat(analysis.sentences()).allMatch(s -> !s.parsed());
    assertThat(analysis.tokens()).allMatch(t -> t.head() == -1 && t.relation().isEmpty() && t.ner().equals("O"));
  }

  @Test
  void offsetsAreIntoTheOriginalTextAndStayInsideTheirRegions() throws IOException {
    for (Path file : articles()) {
      String text = Files.readString(file);
      AnalyzedText analysis = analyzeParagraphs(text);
      assertThat(analysis.tokens()).as(file.toString()).isNotEmpty();
      int previousEnd = 0;
      for (Token token : analysis.tokens()) {
        assertThat(token.begin()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text.substring(token.begin(), token.end())).isEqualTo(token.word());
        assertThat(token.word()).isNotBlank();
        assertThat(token.pos()).isNotEmpty().doesNotContain("+");
        assertThat(text.substring(token.begin(), token.end())).doesNotContain("\n");
        previousEnd = token.end();
      }
      for (Sentence sentence : analysis.sentences()) {
        String sentenceText = text.substring(sentence.begin(), sentence.end());
        assertThat(sentenceText).as("a sentence never crosses a paragraph").doesNotContain("\n");
        assertThat(analysis.tokensOf(sentence)).allMatch(t -> t.sentence() == sentence.index());
        assertThat(analysis.tokensOf(sentence).get(0).begin()).isEqualTo(sentence.begin());
      }
    }
  }

  @Test
  void textOutsideTheRegionsIsNotAnalysed() {
    String text = "Skip this line.\nThe minister said prices rose.";
    AnalyzedText analysis = backend.analyze(text, List.of(TextSpan.of(text, 16, text.length())), 150);
    assertThat(analysis.tokens()).allMatch(t -> t.begin() >= 16);
    assertThat(analysis.tokens().get(0).word()).isEqualTo("The");
    assertThat(backend.analyze(text, List.of(), 150).tokens()).isEmpty();
  }

  @Test
  void curlyQuotesAreTokensOfTheirOwnWithPennQuoteTags() {
    String text = "\u201CWe will win,\u201D she said.";
    AnalyzedText analysis = analyzeParagraphs(text);
    Token open = analysis.tokens().get(0);
    assertThat(open.word()).isEqualTo("\u201C");
    assertThat(open.pos()).isEqualTo("``");
    assertThat(analysis.tokens()).anyMatch(t -> t.word().equals("\u201D") && t.pos().equals("''"));
  }

  @Test
  void cueVerbsGetFiniteTagsAndLemmas() {
    AnalyzedText analysis = analyzeParagraphs("The senator has argued that the law failed, and critics say it describes a trend.");
    assertThat(token(analysis, "argued")).extracting(Token::pos, Token::lemma).containsExactly("VBN", "argue");
    assertThat(token(analysis, "has")).extracting(Token::pos).isEqualTo("VBZ");
    assertThat(token(analysis, "say")).extracting(Token::pos, Token::lemma).containsExactly("VBP", "say");
    assertThat(token(analysis, "describes")).extracting(Token::pos, Token::lemma).containsExactly("VBZ", "describe");
    assertThat(token(analysis, "critics")).extracting(Token::pos, Token::lemma).containsExactly("NNS", "critic");
  }

  @Test
  void greedyTaggingGivesTheBeamSearchTags() throws IOException {
    OpenNlpModels models = OpenNlpModels.load();
    POSModel beamModel;
    try (var stream = OpenNlpModels.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      beamModel = new POSModel(stream);
    }
    POSTaggerME beam = new POSTaggerME(beamModel, POSTagFormat.UD);
    GreedyTagger greedy = new GreedyTagger(models.tags());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    int tokens = 0;
    for (Path file : articles()) {
      for (String line : Files.readAllLines(file)) {
        String[] words = tokenizer.tokenize(line);
        assertThat(greedy.tag(words)).as(line).containsExactly(beam.tag(words));
        tokens += words.length;
      }
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  @Test
  void theAlphanumericShortcutIsOnAndTokenisesTheExampleArticlesAsThePackagedModelDoes() throws IOException {
    TokenizerModel packaged;
    try (var stream = OpenNlpModels.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      packaged = new TokenizerModel(stream);
    }
    TokenizerModel shortcut = OpenNlpModels.load().tokens();
    assertThat(packaged.useAlphaNumericOptimization()).isFalse();
    assertThat(shortcut.useAlphaNumericOptimization()).isTrue();
    TokenizerME slow = new TokenizerME(packaged);
    TokenizerME fast = new TokenizerME(shortcut);
    int tokens = 0;
    for (Path file : articles()) {
      for (String line : Files.readAllLines(file)) {
        String[] words = slow.tokenize(line);
        assertThat(fast.tokenize(line)).as(line).containsExactly(words);
        tokens += words.length;
      }
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  private static Token token(AnalyzedText analysis, String word) {
    return analysis.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
  }

  private static List<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
