/** Claims: attributed and author claims, quantities, hedges, negation, times and check-worthiness. */
package org.claimspan.internal.claim;
