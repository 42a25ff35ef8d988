/** The {@code claimspan} command-line tool: picocli commands and their input and output helpers. */
package org.claimspan.cli;
