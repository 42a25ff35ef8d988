/** Throughput, memory and per-stage time of profiles over a set of documents. */
package org.claimspan.eval.bench;
