package org.claimspan.eval.systems;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;

/**
 * The baseline {@code corenlp-quote}: Stanford CoreNLP's quote annotator with quote attribution
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}, {@code quote.attributeQuotes=true}).
 * Each quote becomes a {@link AttributionKind#DIRECT} attribution whose content is the quote's
 * span (marks included), whose source is the attributed mention if any and whose speaker is the
 * canonical speaker (or the mention) if any; it has no cue. The pipeline loads in the constructor
 * (about 20 s, 1.5 GB of heap) and is shared. Thread-safe: the analysis up to coreference runs in
 * parallel, but CoreNLP's quote attribution is not thread-safe (shared from two threads it failed
 * with a NullPointerException inside {@code DeterministicSpeakerSieve} on a document it handles
 * alone), so that last annotator runs under a lock.
 */
public final class CoreNlpQuotePeer implements SystemUnderTest {

  /** The name used on the command line and in reports. */
  public static final String NAME = "corenlp-quote";

  private final StanfordCoreNLP analysis;
  private final StanfordCoreNLP quotes;
  private final Object quoteLock = new Object();

  /** Loads CoreNLP's models; slow. */
  public CoreNlpQuotePeer() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    props.setProperty("tokenize.language", "en");
    this.analysis = new StanfordCoreNLP(props);
    java.util.Properties quoteProps = new java.util.Properties();
    quoteProps.setProperty("annotators", "quote");
    quoteProps.setProperty("quote.attributeQuotes", "true");
    this.quotes = new StanfordCoreNLP(quoteProps, false); // its requirements are met by `analysis`
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ExtractionResult extract(Document document) {
    String text = document.text();
    List<Attribution> attributions = new ArrayList<>();
    if (!text.isBlank()) {
      CoreDocument annotated = new CoreDocument(text);
      analysis.annotate(annotated);
      synchronized (quoteLock) {
        quotes.annotate(annotated);
      }
      for (CoreQuote quote : annotated.quotes()) {
        span(text, quote.quoteCharOffsets())
            .ifPresent(content -> attributions.add(toAttribution(text, quote, content, attributions.size())));
      }
    }
    return new ExtractionResult(
        document, List.of(), attributions, List.of(), List.of(), List.of(), Map.of("profile", NAME));
  }

  private static Attribution toAttribution(String text, CoreQuote quote, TextSpan content, int index) {
    Optional<TextSpan> source = quote.speakerCharOffsets().flatMap(offsets -> span(text, offsets));
    Optional<String> name = quote.canonicalSpeaker().or(quote::speaker);
    Optional<Speaker> speaker =
        name.map(n -> new Speaker(
            source.orElse(content), n, SpeakerType.UNKNOWN, Optional.empty(),
            quote.canonicalSpeakerCharOffsets().flatMap(offsets -> span(text, offsets)), Optional.empty()));
    return new Attribution(
        "a" + (index + 1), AttributionKind.DIRECT, source, speaker, Optional.empty(), content, List.of(), 0.5);
  }

  private static Optional<TextSpan> span(String text, Pair<Integer, Integer> offsets) {
    int begin = offsets.first();
    int end = offsets.second();
    if (begin < 0 || begin > end || end > text.length()) {
      return Optional.empty();
    }
    return Optional.of(TextSpan.of(text, begin, end));
  }
}
