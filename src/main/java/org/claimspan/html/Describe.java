package org.claimspan.html;

import java.util.Locale;
import org.claimspan.model.Attribution;
import org.claimspan.model.Speaker;

/** Short readable descriptions shared by tooltips and the side panel. Stateless. */
final class Describe {
  private Describe() {}

  /** "Mike Pompeo (US Secretary of state), added [speech], direct, confidence 0.93". */
  static String attribution(Attribution a) {
    StringBuilder s = new StringBuilder(speaker(a));
    a.cue().ifPresent(c -> s.append(", ").append(c.span().text()).append(" [").append(Highlights.lower(c.cueClass())).append(']'));
    s.append(", ").append(Highlights.lower(a.kind()));
    s.append(", confidence ").append(score(a.confidence()));
    return s.toString();
  }

  /** The resolved speaker with title, else the source as written, else "unknown source". */
  static String speaker(Attribution a) {
    if (a.speaker().isPresent()) {
      Speaker speaker = a.speaker().get();
      return speaker.name() + speaker.title().map(t -> " (" + t + ")").orElse("");
    }
    return a.source().map(s -> "\"" + s.text() + "\" (unresolved)").orElse("unknown source");
  }

  static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The text cut to about {@code max} characters at a space, with an ellipsis when cut. */
  static String excerpt(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max) + "\u2026";
  }
}
