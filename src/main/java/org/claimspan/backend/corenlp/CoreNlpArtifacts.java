package org.claimspan.backend.corenlp;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.claimspan.backend.RequiredArtifact;

/**
 * What the accurate profile's backend needs on the classpath: CoreNLP's code and its English models
 * jar, each told by what {@link CoreNlpBackend} loads from it. Names only: this class touches no
 * CoreNLP class, so it can be asked before CoreNLP is known to be there. Stateless.
 */
public final class CoreNlpArtifacts {

  /** The part-of-speech tagger's model (CoreNLP's default for English). */
  static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  /** The one named-entity model (people, organisations, places). */
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The neural dependency parser's model (CoreNLP's default for English). */
  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private CoreNlpArtifacts() {}

  /**
   * The artifacts, by their Maven coordinates at {@code version}.
   *
   * @param version CoreNLP's version, not null
   * @return CoreNLP's jar and its models jar; never null
   */
  public static List<RequiredArtifact> required(String version) {
    checkNotNull(version, "version");
    String coordinates = "edu.stanford.nlp:stanford-corenlp:" + version;
    return List.of(
        RequiredArtifact.withClass(coordinates, "edu.stanford.nlp.pipeline.StanfordCoreNLP"),
        RequiredArtifact.withResources(coordinates + ":models", TAGGER_MODEL, NER_MODEL, PARSER_MODEL));
  }
}
