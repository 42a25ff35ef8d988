/** Small model formats and scorers: binary maximum entropy and conditional logit rankers. */
package org.claimspan.internal.ml;
