/** Attributions given by a document's layout: transcript turns, dash bylines and datelines. */
package org.claimspan.internal.attribution.layout;
