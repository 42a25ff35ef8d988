package org.claimspan.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A named thing mentioned in the document, with all the mentions linked to it.
 * Immutable and thread-safe; no component is null.
 *
 * @param id stable id in document order ({@code "e1"}, ...)
 * @param name the fullest name found ("Mike Pompeo")
 * @param type person, organisation, place, ...
 * @param mentions every linked mention, in document order
 */
public record Entity(String id, String name, SpeakerType type, List<TextSpan> mentions) {
  public Entity {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    mentions = ImmutableList.sortedCopyOf(mentions);
  }
}
