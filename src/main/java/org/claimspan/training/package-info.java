/**
 * Training of the packaged models (attribution filter, boundary rankers, check-worthiness) and
 * the training data they read. Used by the command-line tool; not exported.
 */
package org.claimspan.training;
