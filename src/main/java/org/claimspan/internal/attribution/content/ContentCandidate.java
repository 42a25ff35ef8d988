package org.claimspan.internal.attribution.content;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * The content of an attribution with the quotes inside it.
 *
 * @param span the content as PolNeAR draws it (a leading "that" included, no final full stop),
 *     from the first part's start to the last part's end
 * @param parts the content's parts: one for a clause, one per quote for quotations
 * @param quotes quotes that make up or sit inside the content, in order
 * @param kind direct when the content is quotation only, mixed when it holds quotes, else indirect
 */
public record ContentCandidate(TextSpan span, List<TextSpan> parts, List<QuoteSpan> quotes, AttributionKind kind) {
  public ContentCandidate {
    parts = ImmutableList.copyOf(parts);
    quotes = ImmutableList.copyOf(quotes);
  }

  /** A content in one piece. */
  public static ContentCandidate whole(TextSpan span, List<QuoteSpan> quotes, AttributionKind kind) {
    return new ContentCandidate(span, List.of(span), quotes, kind);
  }

  /** A content made of quotations: one part per quote's words. */
  public static ContentCandidate quotations(String text, List<QuoteSpan> quotes) {
    int begin = quotes.get(0).content().begin();
    int end = quotes.get(quotes.size() - 1).content().end();
    List<TextSpan> parts = quotes.stream().map(QuoteSpan::content).toList();
    return new ContentCandidate(TextSpan.of(text, begin, end), parts, quotes, AttributionKind.DIRECT);
  }
}
