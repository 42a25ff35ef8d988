package org.claimspan.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * A route's query parameters, checked: a name the route does not know, or a name given twice, is a
 * 400 that lists the known ones (a typo such as {@code ?fromat=html} is not silently ignored).
 * Immutable.
 */
final class QueryParameters {
  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The parameters of {@code request}, of which only {@code known} are allowed. */
  static QueryParameters of(Request request, Set<String> known) throws ApiException {
    Fields fields;
    try {
      fields = Request.extractQueryParameters(request);
    } catch (RuntimeException e) {
      throw ApiException.badRequest("the query string cannot be decoded as UTF-8 URL encoding");
    }
    Map<String, String> values = new HashMap<>();
    for (String name : fields.getNames()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown query parameter '" + name + "'; this route knows: "
            + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))));
      }
      List<String> given = fields.getValues(name);
      if (given.size() != 1) {
        throw ApiException.badRequest("query parameter '" + name + "' is given " + given.size() + " times; give it once");
      }
      values.put(name, given.get(0));
    }
    return new QueryParameters(values);
  }

  /** The value of {@code name}, or null when absent. */
  String get(String name) {
    return values.get(name);
  }
}
