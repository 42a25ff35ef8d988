package org.claimspan.internal.attribution;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * The content of an attribution with the quotes inside it.
 *
 * @param span the content as PolNeAR draws it (a leading "that" included, no final full stop)
 * @param quotes quotes that make up or sit inside the content, in order
 * @param kind direct when the content is quotation only, mixed when it holds quotes, else indirect
 */
record ContentCandidate(TextSpan span, List<QuoteSpan> quotes, AttributionKind kind) {
  ContentCandidate {
    quotes = ImmutableList.copyOf(quotes);
  }
}
