package org.claimspan.internal.quote;

import org.claimspan.model.TextSpan;

/**
 * A quotation found in the text, before it is typed and linked.
 *
 * @param span from the opening mark to just past the closing mark (or the paragraph end)
 * @param content between the marks
 * @param closed whether a closing mark was found
 */
public record QuoteSpan(TextSpan span, TextSpan content, boolean closed) {}
