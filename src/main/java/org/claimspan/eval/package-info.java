/** Evaluation against annotated corpora and benchmarking; used by the command-line tool. */
package org.claimspan.eval;
