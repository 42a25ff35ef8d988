package org.claimspan.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Who said what: a source, a cue and a content, each a span of the original text.
 * Immutable and thread-safe; no component is null.
 *
 * @param id stable id in document order ({@code "a1"}, ...)
 * @param kind direct, indirect or mixed
 * @param source the source as written ("he", "some far-right commentators"), if one was found
 * @param speaker who the source refers to, if it could be resolved
 * @param cue the attribution cue, if any (a floating quote has none)
 * @param content what was said; when it comes in parts (a quote split by its cue, or a quote
 *     continued in the next paragraph) this runs from the first part's start to the last part's end
 * @param contentParts the parts of the content, in order, without what lies between them (for a
 *     single part, just {@code content})
 * @param quoteIds ids of the quotes that make up the content, in document order
 * @param confidence a score in {@code [0, 1]}; higher means more likely right
 */
public record Attribution(
    String id,
    AttributionKind kind,
    Optional<TextSpan> source,
    Optional<Speaker> speaker,
    Optional<Cue> cue,
    TextSpan content,
    List<TextSpan> contentParts,
    List<String> quoteIds,
    double confidence) {

  public Attribution {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind");
    checkNotNull(source, "source");
    checkNotNull(speaker, "speaker");
    checkNotNull(cue, "cue");
    checkNotNull(content, "content");
    contentParts = ImmutableList.copyOf(contentParts);
    checkArgument(!contentParts.isEmpty(), "attribution %s has no content parts", id);
    for (TextSpan part : contentParts) {
      checkArgument(content.contains(part), "content part %s is outside the content %s", part, content);
    }
    quoteIds = ImmutableList.copyOf(quoteIds);
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
  }

  /** An attribution whose content is in one piece. */
  public Attribution(
      String id,
      AttributionKind kind,
      Optional<TextSpan> source,
      Optional<Speaker> speaker,
      Optional<Cue> cue,
      TextSpan content,
      List<String> quoteIds,
      double confidence) {
    this(id, kind, source, speaker, cue, content, List.of(content), quoteIds, confidence);
  }

  /** The cue's class, if there is a cue. */
  public Optional<CueClass> cueClass() {
    return cue.map(Cue::cueClass);
  }
}
