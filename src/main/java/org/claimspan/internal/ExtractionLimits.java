package org.claimspan.internal;

/**
 * Size limits an extractor enforces.
 *
 * @param maxDocumentLength longest accepted text, in UTF-16 code units
 * @param maxSentenceTokens longest sentence, in tokens, that is still parsed
 */
public record ExtractionLimits(int maxDocumentLength, int maxSentenceTokens) {}
