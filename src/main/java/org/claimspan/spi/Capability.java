package org.claimspan.spi;

/**
 * A layer of analysis a {@link LinguisticBackend} may provide. The CoreNLP backend provides all of
 * them, the OpenNLP backend the first four. The engine adapts to what is missing: without {@link
 * #DEPENDENCIES} it finds sources and contents from part-of-speech patterns, without {@link
 * #NAMED_ENTITIES} it takes names from capitalised words.
 */
public enum Capability {
  SENTENCES,
  TOKENS,
  PART_OF_SPEECH,
  LEMMAS,
  NAMED_ENTITIES,
  DEPENDENCIES
}
