package org.claimspan.html;

/**
 * A small HTML builder that escapes everything it is given: text, attribute values, and every
 * character outside printable ASCII. Output is therefore pure ASCII, correct in any encoding a
 * terminal or file may use, and no input can open a tag or leave an attribute.
 *
 * <p>Each character is written as one character reference or itself, so the text a browser reads
 * back has exactly the UTF-16 length of the input and offsets in {@code data-begin}/{@code
 * data-end} stay true. Two exceptions the HTML standard forces: U+0000 is read back as U+FFFD, and
 * references to U+0080..U+009F are read as their Windows-1252 characters. An unpaired surrogate is
 * written as U+FFFD. Not thread-safe: one instance builds one page.
 */
final class Markup {
  private final StringBuilder out = new StringBuilder(8192);

  /** Appends trusted markup, such as a literal tag or the page's own style sheet. */
  Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Markup text(String text) {
    escape(text, 0, text.length());
    return this;
  }

  /** Appends the escaped text of {@code text[begin, end)}. */
  Markup text(String text, int begin, int end) {
    escape(text, begin, end);
    return this;
  }

  /**
   * Opens an element: {@code attributes} are name-value pairs; a pair whose value is null is left
   * out. Names are ours (literals), values are escaped.
   */
  Markup open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], 0, attributes[i + 1].length());
        out.append('"');
      }
    }
    out.append('>');
    return this;
  }

  Markup close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only escaped text. */
  Markup element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  private void escape(String s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        // Kept as a reference: a raw CR (or CR LF) would be folded into one LF by the parser.
        case '\r' -> out.append("&#13;");
        case '\n', '\t' -> out.append(c);
        case '\0' -> out.append("&#xFFFD;");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            out.append(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append("&#x").append(Integer.toHexString(Character.toCodePoint(c, s.charAt(i + 1)))).append(';');
            i++;
          } else if (Character.isSurrogate(c)) {
            out.append("&#xFFFD;");
          } else {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
