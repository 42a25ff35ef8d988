package org.claimspan.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.Document;

/**
 * An annotated document: its text and its gold attributions. Immutable and thread-safe; no
 * component is null.
 *
 * @param id the document's name (file name without extension)
 * @param text the full text the gold offsets refer to
 * @param gold the gold attributions, in file order
 */
public record GoldDocument(String id, String text, List<EvalAttribution> gold) {

  public GoldDocument {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    gold = ImmutableList.copyOf(gold);
  }

  /** The document to give a system under test. */
  public Document toDocument() {
    return Document.of(id, text);
  }
}
