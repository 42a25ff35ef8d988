package org.claimspan.json;

/**
 * Escapes unpaired UTF-16 surrogates in serialised JSON as {@code \\uXXXX}. Jackson copies them
 * into its output as they are, and such a string cannot be encoded as UTF-8 (writing it to a file
 * fails; a console prints {@code ?}). Input text cut inside a character has them, and spans and
 * diagnostics quote that text. In JSON they can only occur inside strings (everything structural
 * is ASCII), where the escape is exact: parsing gives back the same lone surrogate. Stateless.
 */
final class LoneSurrogates {
  private LoneSurrogates() {}

  /** {@code json} with every unpaired surrogate escaped; the same instance when there is none. */
  static String escape(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(json.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }
}
