package org.claimspan.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who a source refers to: "he" resolved to "Mike Pompeo". Immutable and thread-safe; no
 * component is null.
 *
 * @param mention the source as written in the text, which may be a pronoun
 * @param name the resolved name, without title ("Mike Pompeo", "United States")
 * @param type person, organisation, place, anonymous source, ...
 * @param title a title or role found with the name ("US Secretary of state"), if any
 * @param canonicalMention the fullest mention of the speaker in the text, if one was linked
 * @param entityId the id of the entity in {@code ExtractionResult.entities()}, if any
 */
public record Speaker(
    TextSpan mention,
    String name,
    SpeakerType type,
    Optional<String> title,
    Optional<TextSpan> canonicalMention,
    Optional<String> entityId) {

  public Speaker {
    checkNotNull(mention, "mention");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(title, "title");
    checkNotNull(canonicalMention, "canonicalMention");
    checkNotNull(entityId, "entityId");
  }
}
