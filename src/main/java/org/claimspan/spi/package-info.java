/**
 * The service-provider interface for linguistic backends: {@link
 * org.claimspan.spi.LinguisticBackend} and the analysis it returns (sentences, tokens, entities),
 * with offsets into the original text.
 */
package org.claimspan.spi;
