package org.claimspan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Entity;
import org.claimspan.model.Quote;

/**
 * Everything found in one document. Immutable and thread-safe; lists are never null and are sorted
 * in document order; cross references (quote to attribution, attribution to entity, claim to
 * attribution) are by id.
 *
 * @param document the document that was read
 * @param quotes quotes, by span
 * @param attributions attributions, by content span
 * @param claims claims, by content span
 * @param entities named people, organisations and places in the document (speakers link to
 *     them by id), by first mention
 * @param diagnostics what was odd about the input and what was skipped
 * @param info facts about the run: {@code profile}, {@code version}, {@code backend}
 */
public record ExtractionResult(
    Document document,
    List<Quote> quotes,
    List<Attribution> attributions,
    List<Claim> claims,
    List<Entity> entities,
    List<Diagnostic> diagnostics,
    Map<String, String> info) {

  public ExtractionResult {
    checkNotNull(document, "document");
    quotes = sorted(quotes, Comparator.comparing(Quote::span));
    attributions = sorted(attributions, Comparator.comparing(Attribution::content));
    claims = sorted(claims, Comparator.comparing(Claim::content));
    entities = ImmutableList.copyOf(entities);
    diagnostics = ImmutableList.copyOf(diagnostics);
    info = ImmutableMap.copyOf(info);
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return ImmutableList.sortedCopyOf(order, items);
  }

  /** The attribution with the given id, if any. */
  public Optional<Attribution> attribution(String id) {
    return attributions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The quote with the given id, if any. */
  public Optional<Quote> quote(String id) {
    return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The entity with the given id, if any. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
