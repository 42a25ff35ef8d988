/**
 * The extraction engine and its stages. Not exported and not API: anything here may change
 * without notice; use {@link org.claimspan.ClaimExtractor} instead.
 */
package org.claimspan.internal;
