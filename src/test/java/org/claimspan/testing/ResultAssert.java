package org.claimspan.testing;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;

/**
 * AssertJ assertions that read like the domain:
 * {@code assertThat(result).hasAttribution().withSpeaker("Mike Pompeo").withCue("added")}. Each
 * {@code with...} narrows the attributions still matching, and fails when none is left.
 */
public final class ResultAssert extends AbstractAssert<ResultAssert, ExtractionResult> {

  private ResultAssert(ExtractionResult actual) {
    super(actual, ResultAssert.class);
  }

  public static ResultAssert assertThat(ExtractionResult actual) {
    return new ResultAssert(actual);
  }

  /** Starts narrowing the result's attributions. */
  public AttributionsAssert hasAttribution() {
    isNotNull();
    return new AttributionsAssert(actual, actual.attributions(), "attributions");
  }

  /** Fails if any attribution's content, source or cue contains the text. */
  public ResultAssert hasNoAttributionMentioning(String text) {
    for (Attribution a : actual.attributions()) {
      boolean mentions = a.content().text().contains(text)
          || a.source().map(s -> s.text().contains(text)).orElse(false);
      if (mentions) {
        failWithMessage("expected no attribution mentioning <%s> but found %s", text, a);
      }
    }
    return this;
  }

  /** The attributions of a result that still match every condition given so far. */
  public static final class AttributionsAssert extends AbstractAssert<AttributionsAssert, List<Attribution>> {
    private final ExtractionResult result;
    private final String description;

    AttributionsAssert(ExtractionResult result, List<Attribution> matching, String description) {
      super(matching, AttributionsAssert.class);
      this.result = result;
      this.description = description;
      if (matching.isEmpty()) {
        failWithMessage("no %s in %s", description, summary(result));
      }
    }

    private AttributionsAssert narrow(String condition, Predicate<Attribution> test) {
      return new AttributionsAssert(result, actual.stream().filter(test).toList(), description + " " + condition);
    }

    public AttributionsAssert withSpeaker(String name) {
      return narrow("with speaker " + name, a -> a.speaker().map(s -> s.name().equalsIgnoreCase(name)).orElse(false));
    }

    public AttributionsAssert withSource(String text) {
      return narrow("with source '" + text + "'", a -> a.source().map(s -> s.text().equals(text)).orElse(false));
    }

    public AttributionsAssert withCue(String text) {
      return narrow("with cue '" + text + "'", a -> a.cue().map(c -> c.span().text().equals(text)).orElse(false));
    }

    public AttributionsAssert withKind(AttributionKind kind) {
      return narrow("of kind " + kind, a -> a.kind() == kind);
    }

    public AttributionsAssert withContentContaining(String text) {
      return narrow("with content containing '" + text + "'", a -> a.content().text().contains(text));
    }

    public AttributionsAssert withContentStartingWith(String text) {
      return narrow("with content starting '" + text + "'", a -> a.content().text().startsWith(text));
    }

    public AttributionsAssert withSpeakerTitle(String title) {
      return narrow("with title " + title, a -> a.speaker().flatMap(s -> s.title())
          .map(t -> t.toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT))).orElse(false));
    }

    public AttributionsAssert withSpeakerType(org.claimspan.model.SpeakerType type) {
      return narrow("with speaker type " + type, a -> a.speaker().map(s -> s.type() == type).orElse(false));
    }

    private static String summary(ExtractionResult result) {
      StringBuilder out = new StringBuilder("[");
      for (Attribution a : result.attributions()) {
        out.append("\n  ").append(a.kind()).append(" source=").append(a.source().map(s -> s.text()).orElse("-"))
            .append(" speaker=").append(a.speaker().map(s -> s.name()).orElse("-"))
            .append(" cue=").append(a.cue().map(c -> c.span().text()).orElse("-"))
            .append(" content=").append(a.content().text());
      }
      return out.append("\n]").toString();
    }
  }
}
