/**
 * The immutable values of an extraction result: spans, quotes, attributions, speakers, claims,
 * entities and diagnostics. All offsets are UTF-16 indexes into the document's text.
 */
package org.claimspan.model;
