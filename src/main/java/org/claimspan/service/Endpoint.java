package org.claimspan.service;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** What one route does. Implementations are thread-safe: one instance serves every request. */
interface Endpoint {
  /**
   * Answers {@code request}, completing {@code callback} now or later (from another thread).
   *
   * @throws ApiException to answer with an error, before anything was written
   */
  void handle(Request request, Response response, Callback callback) throws ApiException;
}
