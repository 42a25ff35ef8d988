package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.Document;

/**
 * An annotated document: its text, its gold attributions and, where the corpus has them, its gold
 * claims. Immutable and thread-safe; no component is null.
 *
 * @param id the document's name (file name without extension)
 * @param text the full text the gold offsets refer to
 * @param gold the gold attributions, in file order
 * @param claims the gold claims, in file order; empty for corpora without claims (PolNeAR)
 */
public record GoldDocument(String id, String text, List<EvalAttribution> gold, List<GoldClaim> claims) {

  public GoldDocument {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    gold = ImmutableList.copyOf(gold);
    claims = ImmutableList.copyOf(claims);
  }

  /** A document with gold attributions only. */
  public GoldDocument(String id, String text, List<EvalAttribution> gold) {
    this(id, text, gold, List.of());
  }

  /** This document with {@code newClaims} as its gold claims. */
  public GoldDocument withClaims(List<GoldClaim> newClaims) {
    return new GoldDocument(id, text, gold, newClaims);
  }

  /** The document to give a system under test. */
  public Document toDocument() {
    return Document.of(id, text);
  }
}
