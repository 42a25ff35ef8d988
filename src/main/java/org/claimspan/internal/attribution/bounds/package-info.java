/** Trained rankers that move source, cue and content boundaries to where annotators draw them. */
package org.claimspan.internal.attribution.bounds;
