package org.claimspan.backend.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.DefaultPaths;
import org.junit.jupiter.api.Test;

/** The models the check looks for are the ones CoreNLP loads by default for English. */
class CoreNlpArtifactsTest {

  @Test
  void theCheckedModelsAreCoreNlpsDefaults() {
    assertThat(CoreNlpArtifacts.PARSER_MODEL).isEqualTo(DependencyParser.DEFAULT_MODEL);
    assertThat(CoreNlpArtifacts.TAGGER_MODEL).isEqualTo(DefaultPaths.DEFAULT_POS_MODEL);
  }
}
