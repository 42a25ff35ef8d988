package org.claimspan.service;

import java.io.PrintWriter;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Where the service says what happened: start, stop, and every internal error with its stack
 * trace (which stays here and never reaches a client). Thread-safe.
 */
final class ServiceLog {
  private final PrintWriter out;

  ServiceLog(PrintWriter out) {
    this.out = out;
  }

  void info(String message) {
    out.println("claimspan: " + message);
    out.flush();
  }

  /** An internal error, with its stack trace. */
  void error(String message, Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    out.print("claimspan: error: " + message + "\n" + trace);
    out.flush();
  }
}
