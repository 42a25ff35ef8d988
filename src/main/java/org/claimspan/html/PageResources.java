package org.claimspan.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page's style sheet and script, read once from {@code org/claimspan/html/} on the class path
 * so they can be edited as CSS and JavaScript rather than as Java strings. Immutable.
 */
final class PageResources {
  static final String STYLE = load("page.css");
  static final String SCRIPT = load("page.js");

  private PageResources() {}

  private static String load(String name) {
    try (InputStream in = PageResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/claimspan/html/" + name);
      }
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Inline blocks end at the first "</"+tag; our own files must never contain one.
      if (body.toLowerCase(java.util.Locale.ROOT).contains("</style") || body.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
        throw new IllegalStateException("resource " + name + " would close its inline block");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource org/claimspan/html/" + name, e);
    }
  }
}
