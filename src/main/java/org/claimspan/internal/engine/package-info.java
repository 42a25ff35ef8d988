/** Runs the stages over a prepared document within its limits and deadline, one or many at a time. */
package org.claimspan.internal.engine;
