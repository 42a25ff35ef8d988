package org.claimspan.internal.text;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;

/**
 * The text cut into paragraphs, with page furniture set aside. Offsets are the original text's.
 *
 * @param text the original text
 * @param paragraphs content paragraphs to analyse, trimmed, in order
 * @param furniture paragraphs recognised as page furniture ("Also Read", disclaimers), in order
 * @param diagnostics what was odd about the text
 */
public record PreparedText(
    String text, List<TextSpan> paragraphs, List<TextSpan> furniture, List<Diagnostic> diagnostics) {

  public PreparedText {
    paragraphs = ImmutableList.copyOf(paragraphs);
    furniture = ImmutableList.copyOf(furniture);
    diagnostics = ImmutableList.copyOf(diagnostics);
  }
}
