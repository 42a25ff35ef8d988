package org.claimspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Entity;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.TextSpan;

/** Checks the rules every result obeys: spans match the text, ids are unique and resolve. */
public final class SpanInvariants {
  private SpanInvariants() {}

  public static void check(ExtractionResult result) {
    String text = result.document().text();
    for (TextSpan span : allSpans(result)) {
      assertThat(span.end()).as("span %s inside text of length %s", span, text.length()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(span.begin(), span.end())).as("text of span %s", span).isEqualTo(span.text());
    }
    Set<String> attributionIds = new HashSet<>();
    for (Attribution a : result.attributions()) {
      assertThat(attributionIds.add(a.id())).as("unique id %s", a.id()).isTrue();
      for (String quoteId : a.quoteIds()) {
        assertThat(result.quote(quoteId)).as("quote %s of %s", quoteId, a.id()).isPresent();
      }
      a.speaker().flatMap(s -> s.entityId()).ifPresent(id -> assertThat(result.entity(id)).as("entity %s", id).isPresent());
    }
    for (Quote q : result.quotes()) {
      q.attributionId().ifPresent(id -> assertThat(attributionIds).as("attribution of %s", q.id()).contains(id));
    }
    for (Claim c : result.claims()) {
      c.attributionId().ifPresent(id -> assertThat(attributionIds).as("attribution of %s", c.id()).contains(id));
    }
  }

  private static List<TextSpan> allSpans(ExtractionResult result) {
    List<TextSpan> spans = new ArrayList<>();
    for (Quote q : result.quotes()) {
      spans.add(q.span());
      spans.add(q.content());
    }
    for (Attribution a : result.attributions()) {
      spans.add(a.content());
      spans.addAll(a.contentParts());
      a.source().ifPresent(spans::add);
      a.cue().ifPresent(c -> spans.add(c.span()));
      a.speaker().ifPresent(s -> {
        spans.add(s.mention());
        s.canonicalMention().ifPresent(spans::add);
      });
    }
    for (Claim c : result.claims()) {
      spans.add(c.content());
      c.quantities().stream().map(Quantity::span).forEach(spans::add);
    }
    for (Entity e : result.entities()) {
      spans.addAll(e.mentions());
    }
    result.diagnostics().stream().map(Diagnostic::span).forEach(s -> s.ifPresent(spans::add));
    return spans;
  }
}
