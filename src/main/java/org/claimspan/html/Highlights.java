package org.claimspan.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.TextSpan;

/**
 * The highlights of a result: each attribution's source, cue and content parts, each quote, each
 * claim's content and quantities. Empty spans are left out: there is no text to mark. Stateless.
 */
final class Highlights {
  private Highlights() {}

  /** The highlights being collected, and the element ids given out so far. */
  private record Collected(List<Highlight> list, Set<String> anchors) {}

  static List<Highlight> of(ExtractionResult result) {
    Collected highlights = new Collected(new ArrayList<>(), new HashSet<>());
    for (Attribution a : result.attributions()) {
      addAttribution(a, highlights);
    }
    for (Quote q : result.quotes()) {
      List<String> data = new ArrayList<>(List.of("data-quote", q.id()));
      q.attributionId().ifPresent(id -> data.addAll(List.of("data-attribution", id)));
      add(highlights, q.id(), q.span(), Role.QUOTE, Optional.empty(), data,
          lower(q.type()) + " quote" + q.attributionId().map(id -> " (" + id + ")").orElse(""));
    }
    for (Claim c : result.claims()) {
      List<String> data = List.of("data-claim", c.id());
      add(highlights, c.id(), c.content(), Role.CLAIM, Optional.of(c.id()), data, "");
      int n = 0;
      for (Quantity q : c.quantities()) {
        add(highlights, c.id() + "-quantity-" + ++n, q.span(), Role.QUANTITY, Optional.empty(), data,
            "quantity in claim " + c.id());
      }
    }
    return highlights.list();
  }

  private static void addAttribution(Attribution a, Collected highlights) {
    // The earliest part of an attribution gets the id that the speaker list links to; empty
    // parts are not drawn, so they cannot hold it.
    List<TextSpan> parts = new ArrayList<>(a.contentParts());
    a.source().ifPresent(parts::add);
    a.cue().ifPresent(c -> parts.add(c.span()));
    int first = parts.stream().filter(p -> !p.isEmpty()).mapToInt(TextSpan::begin).min().orElse(-1);
    String title = Describe.attribution(a);
    List<String> data = List.of("data-attribution", a.id());
    if (a.source().isPresent()) {
      TextSpan source = a.source().get();
      add(highlights, a.id() + "-source", source, Role.SOURCE, anchor(a, source, first), data, title);
    }
    if (a.cue().isPresent()) {
      TextSpan cue = a.cue().get().span();
      add(highlights, a.id() + "-cue", cue, Role.CUE, anchor(a, cue, first), data, title);
    }
    int n = 0;
    for (TextSpan part : a.contentParts()) {
      n++;
      List<String> partData = List.of("data-attribution", a.id(), "data-part", Integer.toString(n));
      add(highlights, a.id() + "-content-" + n, part, Role.CONTENT, anchor(a, part, first), partData, title);
    }
  }

  /** The attribution's id for the part that starts first (a tie goes to the first one added). */
  private static Optional<String> anchor(Attribution a, TextSpan part, int first) {
    return part.begin() == first ? Optional.of(a.id()) : Optional.empty();
  }

  private static void add(Collected highlights, String group, TextSpan span, Role role,
      Optional<String> anchor, List<String> data, String title) {
    if (span.isEmpty()) {
      return;
    }
    // Only one element may carry an id: drop it from a later part that starts at the same offset.
    boolean taken = anchor.isPresent() && highlights.anchors.contains(anchor.get());
    Optional<String> kept = taken ? Optional.<String>empty() : anchor;
    kept.ifPresent(highlights.anchors::add);
    highlights.list.add(new Highlight(group, span.begin(), span.end(), role, kept, data, title));
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
