package org.claimspan.internal.attribution.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;

/**
 * Cuts a source before a relative clause that reports speech of its own: in "[Jane Roe], who said
 * last week that sales had doubled, told reporters ...", the "who" is the source of "said", and the
 * clause is a second attribution rather than a description of the first source. PolNeAR leaves
 * such a clause out of the source and keeps every other one ("[Jane Roe, who runs a bakery in
 * Ohio], said ..."): in train, 53 of the 165 relative clauses it leaves out hold a gold cue, and
 * none of the 237 it keeps does. Stateless and thread-safe.
 */
public final class SpeakingRelativeClauses {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whose");

  private SpeakingRelativeClauses() {}

  /** The sources that are a relative pronoun as written, "who" or "whose": the clauses {@link #cut} looks for. */
  public static List<TextSpan> relativePronouns(List<TextSpan> sources) {
    return sources.stream().filter(span -> RELATIVE_PRONOUNS.contains(span.text().toLowerCase(Locale.ROOT))).toList();
  }

  /**
   * The source cut before the comma that opens a relative clause whose pronoun is one of {@code
   * pronouns}; the source unchanged when it holds no such clause.
   *
   * @param source a source span in {@code tree}'s text (character offsets)
   * @param pronouns the {@link #relativePronouns} among the sources of the attributions kept
   *     beside it
   */
  public static TextSpan cut(DependencyTree tree, TextSpan source, List<TextSpan> pronouns) {
    for (TextSpan pronoun : pronouns) {
      if (pronoun.begin() <= source.begin() || pronoun.end() > source.end()) {
        continue;
      }
      Optional<TextSpan> cut = beforeCommaAt(tree, source, pronoun);
      if (cut.isPresent()) {
        return cut.get();
      }
    }
    return source;
  }

  /** The source's words before the comma right before the pronoun, if a comma is there. */
  private static Optional<TextSpan> beforeCommaAt(DependencyTree tree, TextSpan source, TextSpan pronoun) {
    int[] sourceTokens = tree.tokenRange(source.begin(), source.end());
    int[] pronounTokens = tree.tokenRange(pronoun.begin(), pronoun.end());
    if (sourceTokens == null || pronounTokens == null) {
      return Optional.empty();
    }
    int comma = pronounTokens[0] - 1;
    if (comma <= sourceTokens[0] || !tree.token(comma).word().equals(",")) {
      return Optional.empty(); // "the senator who said ..." without a comma restricts the noun
    }
    return TokenRanges.span(tree, sourceTokens[0], comma - 1);
  }
}
