package org.claimspan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.claimspan.backend.Backends;
import org.claimspan.internal.engine.ExtractionEngine;
import org.claimspan.internal.engine.ExtractionLimits;
import org.claimspan.internal.engine.OrderedParallelIterator;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.spi.LinguisticBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads news text and returns who said what: quotes, attributions and claims with spans into the
 * caller's text.
 *
 * <pre>{@code
 * ClaimExtractor extractor = ClaimExtractor.builder().profile(Profile.ACCURATE).build();
 * ExtractionResult result = extractor.extract(Document.of("a1", text));
 * for (Attribution a : result.attributions()) { ... }
 * }</pre>
 *
 * <p>Build one extractor and reuse it: models load in {@link Builder#build()}, which takes
 * seconds. Instances are immutable and thread-safe; any number of threads may call {@link
 * #extract(Document)} at once.
 */
public final class ClaimExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

  /** Default limit on document length, in UTF-16 code units (about 2 MB of text). */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 2_000_000;

  /** Default limit on the tokens in a sentence that is still parsed. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

  /**
   * Default time budget per document: 60 seconds, many times what a long news article takes on
   * the accurate profile, so it only cuts pathological input.
   */
  public static final Duration DEFAULT_TIME_BUDGET = ExtractionLimits.DEFAULT_TIME_BUDGET;

  private final Profile profile;
  private final LinguisticBackend backend;
  private final ExtractionEngine engine;
  private final ExtractionLimits limits;
  /** Facts about this extractor written into every result's {@code info}. */
  private final Map<String, String> info;

  private ClaimExtractor(Builder builder) {
    this.profile = builder.profile;
    this.limits =
        new ExtractionLimits(builder.maxDocumentLength, builder.maxSentenceTokens, builder.timeBudget);
    long start = System.nanoTime();
    if (builder.backend != null) {
      this.backend = builder.backend;
      LOG.debug("using the {} backend given to the builder", backend.name());
    } else {
      this.backend = Backends.forProfile(profile);
      LOG.debug("loaded the {} backend in {} ms", backend.name(), millis(start, System.nanoTime()));
    }
    long backendLoaded = System.nanoTime();
    this.engine = new ExtractionEngine(Lexicons.loadDefault());
    long engineLoaded = System.nanoTime();
    LOG.debug("loaded the lexicons and the attribution and claim models in {} ms", millis(backendLoaded, engineLoaded));
    this.info = Map.of("profile", profile.id(), "backend", backend.name(), "version", version());
    LOG.info(
        "Claimspan {}: the {} profile ({}) is ready, loaded in {} ms",
        version(), profile.id(), backend.name(), millis(start, engineLoaded));
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  /** A builder with the defaults: the accurate profile and the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts quotes, attributions and claims from one document.
   *
   * @param document the document, not null
   * @return the result, never null; odd input gives partial results with diagnostics, and so
   *     does a document whose {@linkplain Builder#timeBudget time budget} runs out (a {@code
   *     time-budget-exceeded} diagnostic says what was skipped)
   * @throws IllegalArgumentException if the text is longer than the configured maximum
   */
  public ExtractionResult extract(Document document) {
    checkNotNull(document, "document");
    checkArgument(
        document.text().length() <= limits.maxDocumentLength(),
        "document '%s' has %s characters, over the limit of %s (see Builder.maxDocumentLength)",
        document.id(),
        document.text().length(),
        limits.maxDocumentLength());
    return engine.extract(document, backend, limits, info);
  }

  /**
   * Extracts from many documents on {@code threads} worker threads, lazily and in input order.
   *
   * <p>Every document yields exactly one {@link DocumentOutcome}: a document that fails (for
   * example one over the length limit) gives a failed outcome and the batch goes on. At most
   * {@code 2 * threads} documents are read ahead, so the input may be larger than memory. Close
   * the returned stream (try-with-resources) if you stop reading early; the worker threads are
   * daemons, so one that is dropped unclosed does not keep the JVM alive.
   *
   * <p>Each call starts its own pool of {@code threads} daemon worker threads; it ends when the
   * stream is closed or read to the end (idle workers also end after a few seconds).
   *
   * @param documents the documents, not null, read once on the thread that consumes the stream
   * @param threads worker threads, 1 to {@value OrderedParallelIterator#MAX_THREADS}
   * @return a sequential stream of outcomes, one per document, in input order; never null
   */
  public Stream<DocumentOutcome> extractAll(Iterable<Document> documents, int threads) {
    checkNotNull(documents, "documents");
    OrderedParallelIterator<Document, DocumentOutcome> outcomes =
        new OrderedParallelIterator<>(documents.iterator(), this::extractCatching, threads);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                outcomes, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(outcomes::close);
  }

  /**
   * {@link #extractAll(Iterable, int)} over a stream, which is closed when the result is.
   *
   * @param documents the documents, not null
   * @param threads worker threads, 1 to {@value OrderedParallelIterator#MAX_THREADS}
   * @return a sequential stream of outcomes, one per document, in input order; never null
   */
  public Stream<DocumentOutcome> extractAll(Stream<Document> documents, int threads) {
    checkNotNull(documents, "documents");
    return extractAll(documents::iterator, threads).onClose(documents::close);
  }

  /**
   * {@link #extractAll(Iterable, int)} with one thread per available processor.
   *
   * @param documents the documents, not null
   * @return a sequential stream of outcomes, one per document, in input order; never null
   */
  public Stream<DocumentOutcome> extractAll(Iterable<Document> documents) {
    return extractAll(documents, Runtime.getRuntime().availableProcessors());
  }

  private DocumentOutcome extractCatching(Document document) {
    try {
      return DocumentOutcome.success(document, extract(document));
    } catch (RuntimeException e) {
      return DocumentOutcome.failure(document, e);
    } catch (StackOverflowError e) {
      // A pathological parse can recurse too deep; the stack unwinds cleanly, so this document
      // fails on its own rather than ending the whole batch (other errors, such as running out
      // of memory, still end it: the JVM may not be fit to go on).
      return DocumentOutcome.failure(
          document, new IllegalStateException("stack overflow while extracting '" + document.id() + "'", e));
    }
  }

  /** The profile this extractor was built with. */
  public Profile profile() {
    return profile;
  }

  /** The library version, from the jar manifest, or {@code "dev"} when run from classes. */
  public static String version() {
    String version = ClaimExtractor.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** Configures and builds a {@link ClaimExtractor}. Not thread-safe; use it from one thread. */
  public static final class Builder {
    private Profile profile = Profile.ACCURATE;
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private LinguisticBackend backend;

    private Builder() {}

    /** The profile to use; default {@link Profile#ACCURATE}. */
    public Builder profile(Profile profile) {
      this.profile = checkNotNull(profile, "profile");
      return this;
    }

    /**
     * Documents longer than this many UTF-16 code units are refused with an {@link
     * IllegalArgumentException}; default {@value ClaimExtractor#DEFAULT_MAX_DOCUMENT_LENGTH}.
     */
    public Builder maxDocumentLength(int maxDocumentLength) {
      checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sentences with more tokens than this are not parsed (a diagnostic says so; their quotes are
     * still found); default {@value ClaimExtractor#DEFAULT_MAX_SENTENCE_TOKENS}.
     */
    public Builder maxSentenceTokens(int maxSentenceTokens) {
      checkArgument(maxSentenceTokens > 0, "maxSentenceTokens must be positive: %s", maxSentenceTokens);
      this.maxSentenceTokens = maxSentenceTokens;
      return this;
    }

    /**
     * Time allowed for one document; default 60 seconds ({@link
     * ClaimExtractor#DEFAULT_TIME_BUDGET}). The clock starts when {@code extract} begins work on
     * the document. Once the budget is spent, the linguistic analysis stops at the next paragraph
     * (or, in the accurate profile, sentence) and the stages still to run are skipped; {@code extract} then returns the partial
     * result (quotes are always found) with a {@code time-budget-exceeded} diagnostic naming what
     * was cut and the time elapsed. The caller is never held much past the budget: at most the
     * time of the unit of work in progress (one sentence, one paragraph's tagging, or one stage
     * after analysis).
     *
     * @param timeBudget positive, not null
     */
    public Builder timeBudget(Duration timeBudget) {
      checkNotNull(timeBudget, "timeBudget");
      checkArgument(
          !timeBudget.isNegative() && !timeBudget.isZero(), "timeBudget must be positive: %s", timeBudget);
      this.timeBudget = timeBudget;
      return this;
    }

    /**
     * The linguistic backend to analyse text with, instead of the one the profile loads by default
     * (CoreNLP for {@link Profile#ACCURATE}, OpenNLP for {@link Profile#FAST}). The engine reads
     * only the layers the backend declares in {@link LinguisticBackend#capabilities()}: without
     * {@link org.claimspan.spi.Capability#DEPENDENCIES dependencies} it finds attributions by token
     * patterns, as the fast profile does. The profile still names the result's {@code info}. The
     * extractor calls the backend from as many threads as call it, so the backend must be
     * thread-safe; the extractor does not close it.
     *
     * @param backend the backend, not null
     */
    public Builder backend(LinguisticBackend backend) {
      this.backend = checkNotNull(backend, "backend");
      return this;
    }

    /**
     * Loads the models (and the profile's backend, unless one was {@linkplain
     * #backend(LinguisticBackend) given}) and returns a ready extractor. Takes seconds.
     *
     * @return the extractor, never null
     * @throws IllegalStateException if the profile's optional dependencies are not on the
     *     classpath (CoreNLP and its models jar for {@link Profile#ACCURATE}, OpenNLP's model jars
     *     for {@link Profile#FAST}); the message names the Maven artifacts to add
     */
    public ClaimExtractor build() {
      return new ClaimExtractor(this);
    }
  }
}
