package org.claimspan.html;

import java.util.Locale;

/**
 * What a highlight marks. The declaration order is the nesting preference for highlights that
 * cover the same text: earlier roles become the outer element.
 */
enum Role {
  CLAIM,
  CONTENT,
  QUOTE,
  SOURCE,
  CUE,
  QUANTITY;

  /** The name used in {@code data-role} and in the {@code hl-*} CSS class. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
