package org.claimspan.internal.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.claimspan.spi.Token;

/**
 * Where a document's quotations open and close, looked up in constant or logarithmic time: the
 * boundary choices ask it of every token near a content, and a linear scan of the quotations for
 * each would cost the square of a long transcript's quote count. Immutable and thread-safe.
 */
public final class QuoteEdges {
  private final Set<Integer> opens = new HashSet<>();
  private final Set<Integer> closes = new HashSet<>();
  /** Closed quotations by their opening offset, to the offset past their closing mark. */
  private final NavigableMap<Integer, Integer> closed = new TreeMap<>();

  private QuoteEdges(List<QuoteSpan> quotes) {
    for (QuoteSpan quote : quotes) {
      opens.add(quote.span().begin());
      if (quote.closed()) {
        closes.add(quote.span().end());
        closed.put(quote.span().begin(), quote.span().end());
      }
    }
  }

  /** The edges of {@code quotes}. */
  public static QuoteEdges of(List<QuoteSpan> quotes) {
    return new QuoteEdges(quotes);
  }

  /** Whether the token is a quotation's opening mark. */
  public boolean opens(Token token) {
    return token.isPunctuation() && opens.contains(token.begin());
  }

  /** Whether the token is a closed quotation's closing mark. */
  public boolean closes(Token token) {
    return token.isPunctuation() && closes.contains(token.end());
  }

  /**
   * The opening offset of the closed quotation holding {@code offset} strictly between its marks,
   * or -1 when none does.
   */
  public int openingAround(int offset) {
    Map.Entry<Integer, Integer> entry = closed.lowerEntry(offset);
    return entry != null && offset < entry.getValue() - 1 ? entry.getKey() : -1;
  }
}
