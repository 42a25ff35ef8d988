/** Readers of annotated corpora (PolNeAR brat standoff, Claimspan gold JSON, CheckThat! TSV). */
package org.claimspan.eval.corpus;
