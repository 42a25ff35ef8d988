package org.claimspan.html;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a text with highlights as properly nested {@code <span>} elements, although highlights
 * may nest or cross (a quote inside a content, a quantity inside a claim, a source that overlaps a
 * neighbour's content).
 *
 * <p>It walks the sorted boundary offsets of all highlights with a stack of open elements. At a
 * boundary it closes the highlights that end there; an element still open above one of them is
 * closed too and reopened right after, which splits that highlight into pieces. Then it opens the
 * highlights that start there, longest first so the longer one is the outer element. Every piece
 * carries the whole highlight's {@code data-begin}/{@code data-end} and its {@code data-hl} group.
 * Stateless; thread-safe.
 */
final class SpanLayering {
  /** Outer before inner: longer spans first, then by role, then by group for a stable order. */
  private static final Comparator<Highlight> NESTING =
      Comparator.comparingInt((Highlight h) -> -h.end())
          .thenComparing(Highlight::role)
          .thenComparing(Highlight::group);

  private SpanLayering() {}

  /**
   * Appends {@code text} to {@code out} with every highlight marked.
   *
   * @throws IllegalArgumentException if a highlight lies outside the text
   */
  static void write(String text, List<Highlight> highlights, Markup out) {
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(text.length());
    for (Highlight h : highlights) {
      checkArgument(
          h.end() <= text.length(),
          "highlight %s [%s, %s) is outside a text of length %s",
          h.group(), h.begin(), h.end(), text.length());
      boundaries.add(h.begin());
      boundaries.add(h.end());
    }
    List<Highlight> byBegin = new ArrayList<>(highlights);
    byBegin.sort(Comparator.comparingInt(Highlight::begin).thenComparing(NESTING));

    List<Highlight> open = new ArrayList<>();
    Set<String> anchored = new HashSet<>();
    int next = 0;
    int position = 0;
    for (int boundary : boundaries) {
      out.text(text, position, boundary);
      position = boundary;

      List<Highlight> toOpen = new ArrayList<>();
      int firstEnding = firstEndingAt(open, boundary);
      if (firstEnding >= 0) {
        for (int i = open.size() - 1; i >= firstEnding; i--) {
          out.close("span");
          Highlight closed = open.remove(i);
          if (closed.end() != boundary) {
            toOpen.add(closed); // crossed by one that ends here: continue it in a new piece
          }
        }
      }
      while (next < byBegin.size() && byBegin.get(next).begin() == boundary) {
        toOpen.add(byBegin.get(next++));
      }
      toOpen.sort(NESTING);
      for (Highlight h : toOpen) {
        openPiece(h, anchored.add(h.group()), out);
        open.add(h);
      }
    }
    // Every highlight ends at or before the text's end, the last boundary, so nothing is open.
  }

  private static int firstEndingAt(List<Highlight> open, int boundary) {
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).end() == boundary) {
        return i;
      }
    }
    return -1;
  }

  private static void openPiece(Highlight h, boolean first, Markup out) {
    // Arrays.asList, not List.of: a null value means "leave this attribute out".
    List<String> attributes = new ArrayList<>(Arrays.asList(
        "class", "hl hl-" + h.role().id(),
        "id", first ? h.anchor().orElse(null) : null,
        "data-hl", h.group(),
        "data-role", h.role().id()));
    attributes.addAll(h.data());
    attributes.addAll(Arrays.asList(
        "data-begin", Integer.toString(h.begin()),
        "data-end", Integer.toString(h.end()),
        "title", h.title().isEmpty() ? null : h.title()));
    out.open("span", attributes.toArray(String[]::new));
  }
}
