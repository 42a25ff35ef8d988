package org.claimspan.backend.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's English models (Universal Dependencies EWT, release 1.3), read from the {@code
 * opennlp-models-*-en} jars on the classpath; never downloaded. The models are immutable and may
 * be shared by threads; the {@code *ME} tools built over them may not.
 */
record OpenNlpModels(
    SentenceModel sentences, TokenizerModel tokens, POSModel tags, LemmatizerModel lemmas) {

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpModels.class);

  /** The tagging model's maxent classifier inside a {@link POSModel}. */
  static final String POS_MODEL_ENTRY = "pos.model";

  /** The model set's name for reports. */
  static final String NAME = "ud-ewt-1.3";

  /**
   * Loads the four models from the classpath.
   *
   * @throws IllegalStateException if a model jar is missing from the classpath
   * @throws UncheckedIOException if a model cannot be read
   */
  static OpenNlpModels load() {
    long start = System.nanoTime();
    OpenNlpModels models =
        new OpenNlpModels(
            read(OpenNlpArtifacts.SENTENCES, SentenceModel::new),
            withAlphaNumericShortcut(read(OpenNlpArtifacts.TOKENS, TokenizerModel::new)),
            read(OpenNlpArtifacts.TAGS, POSModel::new),
            read(OpenNlpArtifacts.LEMMAS, LemmatizerModel::new));
    LOG.debug("loaded OpenNLP's {} models in {} ms", NAME, (System.nanoTime() - start) / 1_000_000);
    return models;
  }

  /**
   * The same tokenizer model, told to keep words of plain letters and digits whole without asking
   * the classifier. The packaged model has the shortcut off, so the classifier is evaluated
   * between every two characters of every word: about a third of the fast profile's time. Words
   * the shortcut keeps whole that the classifier might have split are rare contractions without
   * an apostrophe ("cannot", "gonna").
   */
  static TokenizerModel withAlphaNumericShortcut(TokenizerModel model) {
    if (model.useAlphaNumericOptimization()) {
      return model;
    }
    TokenizerFactory factory = model.getFactory();
    return new TokenizerModel(
        model.getMaxentModel(),
        Map.of(),
        new TokenizerFactory(factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, null));
  }

  /** A model constructor over a stream. */
  private interface ModelReader<T> {
    T read(InputStream stream) throws IOException;
  }

  private static <T> T read(String resource, ModelReader<T> reader) {
    try (InputStream stream = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the classpath; the fast profile needs the"
                + " org.apache.opennlp:opennlp-models-*-en:1.3.0 jars");
      }
      return reader.read(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
    }
  }
}
