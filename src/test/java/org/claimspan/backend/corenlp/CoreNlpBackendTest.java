package org.claimspan.backend.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.claimspan.backend.CurledQuotes;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend parses with CoreNLP's neural parser directly instead of through its annotator (which
 * builds four graphs the engine never reads): its heads and relations must be exactly those of
 * CoreNLP's own {@code depparse} annotator on the same text with its quotes curled ({@link
 * CurledQuotes}), with real models.
 */
class CoreNlpBackendTest {

  private static final String TEXT =
      "\"We will not back down,\" the minister told reporters on Tuesday, adding that the plan "
          + "would cost over $2 billion.\n\n"
          + "According to officials who spoke on condition of anonymity, the talks collapsed. "
          + "Critics, including Sen. Jane Doe (D-Mass.), said it was \"a disaster.\"\n\n"
          + "Is this what voters wanted? Nobody knows; the polls, however, suggest otherwise.";

  private static CoreNlpBackend backend;
  private static StanfordCoreNLP reference;

  @BeforeAll
  static void load() {
    backend = new CoreNlpBackend();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    props.setProperty("tokenize.language", "en");
    reference = new StanfordCoreNLP(props, false);
  }

  @Test
  void headsAndRelationsEqualCoreNlpsDepparseAnnotator() {
    List<TextSpan> paragraphs = paragraphs(TEXT);
    AnalyzedText analysis = backend.analyze(TEXT, paragraphs, 200);

    List<String> expected = new ArrayList<>();
    for (TextSpan paragraph : paragraphs) {
      Annotation annotation = new Annotation(CurledQuotes.of(paragraph.text()));
      reference.annotate(annotation);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        expected.addAll(arcs(sentence, paragraph.begin()));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Token token : analysis.tokens()) {
      String head = token.head() < 0 ? "ROOT" : analysis.tokens().get(token.head()).word();
      actual.add(token.begin() + ":" + token.word() + " <-" + token.relation() + "- " + head);
    }

    assertThat(actual).hasSizeGreaterThan(50).isEqualTo(expected);
  }

  @Test
  void aQuotationInStraightQuotesIsWhatTheSentencesVerbSays() {
    // Read with its straight quotes, the tagger takes the closing one for an opening one and the
    // parser hangs "said" on the quotation's verb; curled, "said" heads the sentence.
    String text = "\"We don't have the money to fix every road that needs it,\" the governor said at a news"
        + " conference, as protesters gathered.";
    AnalyzedText analysis = backend.analyze(text, List.of(TextSpan.of(text, 0, text.length())), 200);

    Token said = analysis.tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
    Token have = analysis.tokens().stream().filter(t -> t.word().equals("have")).findFirst().orElseThrow();
    assertThat(said.head()).isEqualTo(-1);
    assertThat(have.head()).isEqualTo(said.index());
    assertThat(analysis.tokens().get(0).word()).isEqualTo("\"");
    assertThat(analysis.tokens()).allSatisfy(t -> assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word()));
  }

  @Test
  void everySentenceShortEnoughIsParsedAndLongerOnesAreNot() {
    List<TextSpan> paragraphs = paragraphs(TEXT);
    AnalyzedText analysis = backend.analyze(TEXT, paragraphs, 12);

    assertThat(analysis.sentences())
        .allSatisfy(s -> assertThat(s.parsed()).isEqualTo(s.tokenCount() <= 12));
    assertThat(analysis.sentences()).anyMatch(s -> s.parsed()).anyMatch(s -> !s.parsed());
  }

  private static List<String> arcs(CoreMap sentence, int offset) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> arcs = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      IndexedWord word = graph.getNodeByIndex(i + 1);
      String relation = graph.getRoots().contains(word) ? "root" : "";
      String head = "ROOT";
      for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
        relation = edge.getRelation().toString();
        head = original(edge.getGovernor().backingLabel(), offset);
      }
      arcs.add((labels.get(i).beginPosition() + offset) + ":" + original(labels.get(i), offset)
          + " <-" + relation + "- " + head);
    }
    return arcs;
  }

  /** The token's word as TEXT writes it (the reference read the text with its quotes curled). */
  private static String original(CoreLabel label, int offset) {
    return TEXT.substring(label.beginPosition() + offset, label.endPosition() + offset);
  }

  private static List<TextSpan> paragraphs(String text) {
    List<TextSpan> spans = new ArrayList<>();
    int begin = 0;
    for (String paragraph : text.split("\n\n", -1)) {
      spans.add(new TextSpan(begin, begin + paragraph.length(), paragraph));
      begin += paragraph.length() + 2;
    }
    return spans;
  }
}
