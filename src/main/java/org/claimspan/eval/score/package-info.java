/** Scoring systems against gold: exact and overlap span figures, claims, error logs and reports. */
package org.claimspan.eval.score;
