package org.claimspan.json;

import java.util.Optional;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.claim.DocumentOwner;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Entity;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;

/**
 * Who makes a claim, as the {@code author} of a ClaimReview's {@code itemReviewed}: a schema.org
 * {@code Person} or {@code Organization} with a name.
 *
 * <ul>
 *   <li>A speaker resolved to a person is a {@code Person}; to an organisation or a place (a
 *       government: "Beijing") an {@code Organization}.
 *   <li>A study, report or poll is the {@code Organization} behind it when the text names one
 *       ("A new study published in The Lancet": The Lancet), otherwise nobody.
 *   <li>Unnamed sources ("officials", "the mayor") and unresolved ones have no author.
 *   <li>The author's own claim is the publisher's, when the document names one.
 * </ul>
 *
 * Immutable and thread-safe.
 *
 * @param type {@code "Person"} or {@code "Organization"}
 * @param name the name, as the speaker was resolved or the text names the organisation
 */
record ClaimReviewAuthor(String type, String name) {
  static final String SCHEMA_PERSON = "Person";
  static final String SCHEMA_ORGANIZATION = "Organization";

  /** The author of {@code claim} in {@code result}, if one is known. */
  static Optional<ClaimReviewAuthor> of(Claim claim, ExtractionResult result) {
    if (claim.attributionId().isEmpty()) {
      return result.document().publisher().map(publisher -> new ClaimReviewAuthor(SCHEMA_ORGANIZATION, publisher));
    }
    return claim.attributionId().flatMap(result::attribution).flatMap(Attribution::speaker)
        .flatMap(speaker -> ofSpeaker(speaker, result));
  }

  private static Optional<ClaimReviewAuthor> ofSpeaker(Speaker speaker, ExtractionResult result) {
    SpeakerType type = speaker.type();
    boolean unnamed = type == SpeakerType.UNKNOWN || type == SpeakerType.ANONYMOUS;
    if (type == SpeakerType.DOCUMENT || unnamed && DocumentOwner.isDocument(speaker.name())) {
      return ownerOf(speaker, result);
    }
    return switch (type) {
      case PERSON -> Optional.of(new ClaimReviewAuthor(SCHEMA_PERSON, speaker.name()));
      case ORGANIZATION, LOCATION -> Optional.of(new ClaimReviewAuthor(SCHEMA_ORGANIZATION, speaker.name()));
      default -> Optional.empty();
    };
  }

  /**
   * The organisation behind a document: an organisation or person the parser found inside its
   * mention, else a name its words give; empty when the text names none.
   */
  private static Optional<ClaimReviewAuthor> ownerOf(Speaker speaker, ExtractionResult result) {
    TextSpan mention = speaker.mention();
    for (Entity entity : result.entities()) {
      boolean inside = entity.mentions().stream().anyMatch(m -> mention.contains(m) && !m.equals(mention));
      if (inside && (entity.type() == SpeakerType.ORGANIZATION || entity.type() == SpeakerType.PERSON)) {
        String type = entity.type() == SpeakerType.PERSON ? SCHEMA_PERSON : SCHEMA_ORGANIZATION;
        return Optional.of(new ClaimReviewAuthor(type, entity.name()));
      }
    }
    return DocumentOwner.namedIn(mention.text()).or(() -> DocumentOwner.namedIn(speaker.name()))
        .map(name -> new ClaimReviewAuthor(SCHEMA_ORGANIZATION, name));
  }
}
