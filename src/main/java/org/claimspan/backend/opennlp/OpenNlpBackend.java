package org.claimspan.backend.opennlp;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.Deadline;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * The fast profile's backend: Apache OpenNLP's sentence detector, tokenizer, part-of-speech tagger
 * and lemmatizer with the English UD-EWT models from the {@code opennlp-models-*-en} jars. It
 * provides sentences, tokens, Penn Treebank tags (mapped from the model's UD tags) and lemmas; no
 * named entities and no dependency parse, so every {@link Sentence} is reported unparsed and every
 * {@link Token} has head {@code -1}, relation {@code ""} and entity tag {@code "O"}.
 *
 * <p>Thread-safe: the models are loaded once and shared; OpenNLP's {@code *ME} tools are not
 * thread-safe, so each thread that calls {@link #analyze} gets its own, held by this instance
 * (never statically). Offsets are UTF-16 offsets into the original text.
 */
public final class OpenNlpBackend implements LinguisticBackend {
  private static final Set<Capability> CAPABILITIES =
      ImmutableSet.of(Capability.SENTENCES, Capability.TOKENS, Capability.PART_OF_SPEECH, Capability.LEMMAS);

  private final OpenNlpModels models;
  /** Lemmas of verbs and nouns found so far, shared by all threads of this backend. */
  private final ConcurrentMap<String, String> lemmas = new ConcurrentHashMap<>();
  private final ThreadLocal<Tools> tools;

  /** Loads OpenNLP's English models from the classpath; takes about a second. */
  public OpenNlpBackend() {
    this.models = OpenNlpModels.load();
    this.tools = ThreadLocal.withInitial(() -> new Tools(models, lemmas));
  }

  /** One thread's OpenNLP tools over the shared models. */
  private static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final GreedyTagger tagger;
    final LemmaCache lemmas;

    Tools(OpenNlpModels models, ConcurrentMap<String, String> lemmaMemory) {
      sentences = new SentenceDetectorME(models.sentences());
      tokenizer = new TokenizerME(models.tokens());
      tagger = new GreedyTagger(models.tags());
      lemmas = new LemmaCache(models.lemmas(), lemmaMemory);
    }
  }

  @Override
  public String name() {
    return "opennlp-2.5-" + OpenNlpModels.NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code maxSentenceTokens} is ignored: this backend parses nothing, and tags sentences of any
   * length.
   */
  @Override
  public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens) {
    return analyze(text, regions, maxSentenceTokens, Deadline.none());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Stops between regions once {@code deadline} has expired; regions not reached are left out.
   */
  @Override
  public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens, Deadline deadline) {
    checkNotNull(text, "text");
    checkNotNull(regions, "regions");
    checkNotNull(deadline, "deadline");
    Tools local = tools.get();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (TextSpan region : regions) {
      if (deadline.expired()) {
        break;
      }
      // OpenNLP's spans are relative to the string it is given: shift them by the region's start
      for (Span sentence : local.sentences.sentPosDetect(region.text())) {
        int sentenceBegin = region.begin() + sentence.getStart();
        String sentenceText = text.substring(sentenceBegin, region.begin() + sentence.getEnd());
        addSentence(text, sentenceBegin, local.tokenizer.tokenizePos(sentenceText), local, sentences, tokens);
      }
    }
    return new AnalyzedText(text, sentences, tokens, List.of(), CAPABILITIES);
  }

  private static void addSentence(
      String text, int offset, Span[] spans, Tools local, List<Sentence> sentences, List<Token> tokens) {
    if (spans.length == 0) {
      return;
    }
    String[] words = new String[spans.length];
    boolean[] opening = new boolean[spans.length];
    for (int i = 0; i < spans.length; i++) {
      int begin = offset + spans[i].getStart();
      int end = offset + spans[i].getEnd();
      words[i] = text.substring(begin, end);
      opening[i] = opensQuotation(text, begin, end);
    }
    String[] ud = local.tagger.tag(words);
    String[] lemmas = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lemmas[i] = local.lemmas.lemma(words[i], ud[i]);
    }
    String[] penn = PennTags.map(words, ud, lemmas, opening);
    int sentenceIndex = sentences.size();
    int first = tokens.size();
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(first + i, sentenceIndex, offset + spans[i].getStart(), offset + spans[i].getEnd(),
          words[i], penn[i], lemmas[i], "O", -1, ""));
    }
    sentences.add(new Sentence(sentenceIndex, offset + spans[0].getStart(),
        offset + spans[spans.length - 1].getEnd(), first, tokens.size(), false));
  }

  /** A straight quote mark opens a quotation when a word follows it and none precedes it. */
  private static boolean opensQuotation(String text, int begin, int end) {
    boolean wordBefore = begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1));
    boolean wordAfter = end < text.length() && !Character.isWhitespace(text.charAt(end));
    return wordAfter && !wordBefore;
  }
}
