/**
 * Claimspan: who said what in English news text. {@link org.claimspan.ClaimExtractor} turns a
 * {@link org.claimspan.Document} into an {@link org.claimspan.ExtractionResult} of quotes,
 * attributions and claims whose spans are UTF-16 offsets into the caller's text.
 */
package org.claimspan;
