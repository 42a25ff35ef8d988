package org.claimspan.backend.corenlp;

import java.util.Locale;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.claimspan.backend.CurledQuotes;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.Deadline;
import org.claimspan.spi.EntityMention;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accurate profile's backend: Stanford CoreNLP tokenizer, tagger, lemmatizer, NER and
 * neural dependency parser.
 *
 * <p>Coarse NER only, from one model (people, organisations, places; fine-grained NER, SUTime,
 * numeric classifiers and the 7-class and CoNLL models are off: they cost time and the engine does
 * not use them); no coreference (the engine resolves speakers itself). Sentences
 * over the token limit are tagged but not parsed. Thread-safe: CoreNLP's pipelines may be shared
 * between threads, as its own server does.
 */
public final class CoreNlpBackend implements LinguisticBackend {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpBackend.class);

  private static final String VERSION = "4.5.10";

  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;

  /** Loads CoreNLP's English models from the classpath; takes several seconds. */
  public CoreNlpBackend() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    props.setProperty("pos.model", CoreNlpArtifacts.TAGGER_MODEL); // CoreNLP's default, named to be checked
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    // One CRF (people, organisations, places) instead of CoreNLP's default three: the engine uses
    // no other entity type, and the 7-class and CoNLL models were most of the tagging time.
    props.setProperty("ner.model", CoreNlpArtifacts.NER_MODEL);
    long start = System.nanoTime();
    this.tagger = new StanfordCoreNLP(props, false);
    long taggerLoaded = System.nanoTime();
    LOG.debug("loaded CoreNLP's tokenizer, tagger, lemmatizer and NER in {} ms", (taggerLoaded - start) / 1_000_000);
    // The neural parser itself rather than its annotator: the annotator converts every parse into
    // five dependency graphs (collapsed, CC-processed, enhanced, enhanced++ and basic), and the
    // engine reads only the basic one; the four others were about a sixth of the profile's time.
    this.parser = DependencyParser.loadFromModelFile(CoreNlpArtifacts.PARSER_MODEL, new Properties());
    LOG.debug(
        "loaded CoreNLP's dependency parser ({}) in {} ms",
        CoreNlpArtifacts.PARSER_MODEL, (System.nanoTime() - taggerLoaded) / 1_000_000);
  }

  @Override
  public String name() {
    return "corenlp-" + VERSION;
  }

  @Override
  public Set<Capability> capabilities() {
    return ImmutableSet.copyOf(Capability.values());
  }

  @Override
  public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens) {
    return analyze(text, regions, maxSentenceTokens, Deadline.none());
  }

  /**
   * Tags and parses region by region. The deadline is checked before each region is tagged and
   * before each sentence is parsed (parsing is the costly layer): once it has expired, the regions
   * not reached are left out and the sentences not reached are kept tagged but unparsed.
   */
  @Override
  public AnalyzedText analyze(
      String text, List<TextSpan> regions, int maxSentenceTokens, Deadline deadline) {
    AnalysisBuilder builder = new AnalysisBuilder(text);
    for (TextSpan region : regions) {
      if (deadline.expired()) {
        break;
      }
      Annotation annotation = new Annotation(CurledQuotes.of(region.text())); // same offsets; words stay the text's
      tagger.annotate(annotation);
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap sentence : sentences) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens
            && !deadline.expired()) {
          parse(sentence);
        }
      }
      for (CoreMap sentence : sentences) {
        builder.addSentence(sentence, region.begin());
      }
    }
    return builder.build();
  }

  /**
   * Parses one sentence and stores its basic dependencies on it, as CoreNLP's annotator does
   * (same parser, same model, same graph), so that the deadline can be checked between sentences.
   * Thread-safe: the parser's prediction keeps its state per call.
   */
  private void parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    sentence.set(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(
            structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
  }

  /** Converts CoreNLP's annotations into the SPI's values, one sentence at a time. */
  private static final class AnalysisBuilder {
    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();

    AnalysisBuilder(String text) {
      this.text = text;
    }

    void addSentence(CoreMap sentence, int offset) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        return;
      }
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      SemanticGraph graph =
          sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      Map<Integer, SemanticGraphEdge> headEdges = headEdges(graph);
      Map<CoreLabel, Integer> tokenIndex = new IdentityHashMap<>();
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel label = labels.get(i);
        int begin = label.beginPosition() + offset;
        int end = label.endPosition() + offset;
        SemanticGraphEdge edge = headEdges.get(i + 1);
        int head = -1;
        String relation = graph != null && isRoot(graph, i + 1) ? "root" : "";
        if (edge != null) {
          head = first + edge.getGovernor().index() - 1;
          relation = edge.getRelation().toString();
        }
        tokenIndex.put(label, first + i);
        tokens.add(
            new Token(
                first + i,
                sentenceIndex,
                begin,
                end,
                text.substring(begin, end),
                nullToEmpty(label.tag()),
                label.lemma() == null
                    ? text.substring(begin, end).toLowerCase(Locale.ROOT)
                    : label.lemma().toLowerCase(Locale.ROOT),
                label.ner() == null ? "O" : label.ner(),
                head,
                relation));
      }
      Token firstToken = tokens.get(first);
      Token lastToken = tokens.get(tokens.size() - 1);
      sentences.add(
          new Sentence(
              sentenceIndex, firstToken.begin(), lastToken.end(), first, tokens.size(), graph != null));
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap mention : mentions) {
          addMention(mention, tokenIndex);
        }
      }
    }

    private void addMention(CoreMap mention, Map<CoreLabel, Integer> tokenIndex) {
      List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (mentionTokens == null || mentionTokens.isEmpty() || type == null) {
        return;
      }
      Integer first = tokenIndex.get(mentionTokens.get(0));
      Integer last = tokenIndex.get(mentionTokens.get(mentionTokens.size() - 1));
      if (first == null || last == null) {
        return;
      }
      entities.add(
          new EntityMention(tokens.get(first).begin(), tokens.get(last).end(), first, last + 1, type));
    }

    private static Map<Integer, SemanticGraphEdge> headEdges(SemanticGraph graph) {
      Map<Integer, SemanticGraphEdge> edges = new java.util.HashMap<>();
      if (graph != null) {
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          edges.put(edge.getDependent().index(), edge);
        }
      }
      return edges;
    }

    private static boolean isRoot(SemanticGraph graph, int index) {
      for (IndexedWord root : graph.getRoots()) {
        if (root.index() == index) {
          return true;
        }
      }
      return false;
    }

    private static String nullToEmpty(String value) {
      return value == null ? "" : value;
    }

    AnalyzedText build() {
      return new AnalyzedText(
          text, sentences, tokens, entities, ImmutableSet.copyOf(Capability.values()));
    }
  }
}
