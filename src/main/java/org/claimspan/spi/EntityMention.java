package org.claimspan.spi;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A named-entity mention found by the backend. Immutable and thread-safe.
 *
 * @param begin UTF-16 offset of its first character
 * @param end UTF-16 offset just past its last character
 * @param firstToken index of its first token
 * @param endToken index just past its last token
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code COUNTRY}, ...
 */
public record EntityMention(int begin, int end, int firstToken, int endToken, String type) {
  public EntityMention {
    checkNotNull(type, "type");
  }
}
