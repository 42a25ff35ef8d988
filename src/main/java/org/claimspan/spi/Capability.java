package org.claimspan.spi;

/** A layer of analysis a {@link LinguisticBackend} may provide; the engine adapts to what is there. */
public enum Capability {
  SENTENCES,
  TOKENS,
  PART_OF_SPEECH,
  LEMMAS,
  NAMED_ENTITIES,
  DEPENDENCIES
}
