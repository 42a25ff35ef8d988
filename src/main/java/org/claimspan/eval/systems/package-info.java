/** The systems that evaluation and benchmarks run: Claimspan profiles and the CoreNLP quote peer. */
package org.claimspan.eval.systems;
