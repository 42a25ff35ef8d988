/** The fast profile's sources and contents, found by token patterns where there is no parse. */
package org.claimspan.internal.attribution.patterns;
