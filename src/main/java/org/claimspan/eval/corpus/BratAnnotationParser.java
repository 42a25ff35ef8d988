package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * Parses one PolNeAR brat standoff file into gold attributions.
 *
 * <p>{@code T} lines give typed spans ({@code Source}, {@code Cue}, {@code Content}, ...), with
 * discontinuous spans kept as fragments in text order, those that only whitespace separates
 * joined; {@code E} lines link an attribution's parts ({@code Attribution:T4 Cue:T2 Content:T3
 * Source:T1}; Source may be absent; a {@code Content2} part is appended to the content's
 * fragments). Relations without a content are skipped (a few PolNeAR files have a lone trigger).
 * Lines that are neither {@code T} nor {@code E} (notes, and the tail of span texts that contain a
 * line break) are ignored. The kind is derived by {@link KindDeriver}. Stateless and thread-safe.
 */
public final class BratAnnotationParser {

  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t.*$");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");

  private BratAnnotationParser() {}

  /**
   * The gold attributions of one document, in {@code E}-line order.
   *
   * @param ann the .ann file's content, not null
   * @param text the document text the offsets refer to, not null
   * @param name the document name, for error messages
   * @throws IllegalArgumentException if a span lies outside the text or a relation names an
   *     unknown span
   */
  public static List<EvalAttribution> parse(String ann, String text, String name) {
    Map<String, EvalSpan> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    String[] lines = ann.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher t = TEXT_BOUND.matcher(lines[i]);
      if (t.matches()) {
        spans.put(t.group(1), fragments(t.group(3), text, name, i + 1));
      } else if (EVENT.matcher(lines[i]).matches()) {
        events.add(lines[i]);
      }
    }
    List<EvalAttribution> result = new ArrayList<>();
    for (String event : events) {
      toAttribution(event, spans, text, name).ifPresent(result::add);
    }
    return List.copyOf(result);
  }

  private static Optional<EvalAttribution> toAttribution(
      String line, Map<String, EvalSpan> spans, String text, String name) {
    Matcher m = EVENT.matcher(line);
    checkArgument(m.matches(), "not an E line: %s", line);
    List<TextSpan> content = new ArrayList<>();
    EvalSpan source = null;
    EvalSpan cue = null;
    for (String arg : m.group(2).trim().split("\\s+")) {
      int colon = arg.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String role = arg.substring(0, colon);
      String id = arg.substring(colon + 1);
      EvalSpan span = spans.get(id);
      checkArgument(span != null, "%s: relation %s names unknown span %s", name, m.group(1), id);
      switch (role) {
        case "Source" -> source = span;
        case "Cue" -> cue = span;
        case "Content", "Content2" -> content.addAll(span.fragments());
        default -> { } // the trigger (Attribution, Attribution-no-source) repeats the cue
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    EvalSpan contentSpan = new EvalSpan(joinedAcrossWhitespace(text, content));
    return Optional.of(
        new EvalAttribution(
            KindDeriver.kindOf(contentSpan),
            Optional.ofNullable(source),
            Optional.ofNullable(cue),
            contentSpan,
            Optional.empty(),
            Optional.empty(),
            List.of()));
  }

  private static EvalSpan fragments(String offsets, String text, String name, int lineNumber) {
    List<TextSpan> fragments = new ArrayList<>();
    for (String fragment : offsets.trim().split(";")) {
      String[] parts = fragment.trim().split(" ");
      checkArgument(parts.length == 2, "%s line %s: bad offsets '%s'", name, lineNumber, offsets);
      int begin = Integer.parseInt(parts[0]);
      int end = Integer.parseInt(parts[1]);
      checkArgument(
          0 <= begin && begin <= end && end <= text.length(),
          "%s line %s: span %s-%s outside a text of length %s",
          name,
          lineNumber,
          begin,
          end,
          text.length());
      fragments.add(TextSpan.of(text, begin, end));
    }
    return new EvalSpan(joinedAcrossWhitespace(text, fragments));
  }

  /**
   * The fragments in text order, those that only whitespace separates joined into one: PolNeAR
   * stores some contiguous contents as two fragments or as a Content and a Content2 that meet at a
   * space, often at a sentence break (train: 378 such gaps in contents), and the same words as one
   * span must match them exactly.
   */
  static List<TextSpan> joinedAcrossWhitespace(String text, List<TextSpan> fragments) {
    List<TextSpan> sorted = new ArrayList<>(fragments);
    sorted.sort(Comparator.naturalOrder());
    List<TextSpan> joined = new ArrayList<>();
    for (TextSpan fragment : sorted) {
      TextSpan last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && last.end() <= fragment.begin()
          && text.substring(last.end(), fragment.begin()).isBlank()) {
        joined.set(joined.size() - 1, TextSpan.of(text, last.begin(), fragment.end()));
      } else {
        joined.add(fragment);
      }
    }
    return joined;
  }
}
