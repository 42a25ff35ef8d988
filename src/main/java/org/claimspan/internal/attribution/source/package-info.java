/** Where an attribution's source lies relative to its cue in the dependency parse. */
package org.claimspan.internal.attribution.source;
