package org.claimspan.backend.opennlp;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.claimspan.backend.RequiredArtifact;

/**
 * What the fast profile's backend needs on the classpath beyond OpenNLP itself (which the library
 * always depends on): the four {@code opennlp-models-*-en} jars, each told by the model file that
 * {@link OpenNlpModels} reads from it. Stateless.
 */
public final class OpenNlpArtifacts {

  static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private OpenNlpArtifacts() {}

  /**
   * The artifacts, by their Maven coordinates at {@code version}.
   *
   * @param version the OpenNLP models' version, not null
   * @return the sentence, tokenizer, part-of-speech and lemmatizer model jars; never null
   */
  public static List<RequiredArtifact> required(String version) {
    checkNotNull(version, "version");
    return List.of(
        RequiredArtifact.withResources(coordinates("sentdetect", version), SENTENCES),
        RequiredArtifact.withResources(coordinates("tokenizer", version), TOKENS),
        RequiredArtifact.withResources(coordinates("pos", version), TAGS),
        RequiredArtifact.withResources(coordinates("lemmatizer", version), LEMMAS));
  }

  private static String coordinates(String task, String version) {
    return "org.apache.opennlp:opennlp-models-" + task + "-en:" + version;
  }
}
