package org.claimspan.spi;

/**
 * A layer of analysis a {@link LinguisticBackend} may provide. The CoreNLP backend provides all of
 * them; the engine does not yet adapt to a backend with fewer (the fast profile will need it).
 */
public enum Capability {
  SENTENCES,
  TOKENS,
  PART_OF_SPEECH,
  LEMMAS,
  NAMED_ENTITIES,
  DEPENDENCIES
}
