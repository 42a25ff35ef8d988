package org.claimspan.internal.attribution.content;

import java.util.List;
import java.util.Set;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;

/**
 * A content after its cue run on over what the parse cut off from it (the clause's own verb hung
 * elsewhere, or the rest of the sentence hung on the cue verb after a comma), or cut back before
 * a second act of saying it swallowed. Each method returns the span unchanged when the cut is not
 * one of these. Stateless and thread-safe.
 */
public final class CutContent {
  private CutContent() {}

  /**
   * A content after the cue that the parse cut before its own verb, "said [a deal reached in July]
   * could lead to war", "said he planned to visit [...] in case Trump | wins the race": when a finite
   * verb or modal follows the span directly, the span is that verb's subject or a clause the parser
   * broke off, and the content runs on to the sentence's end.
   */
  static TextSpan pastVerb(DependencyTree tree, Sentence sentence, CueMatch cue, TextSpan span) {
    int[] range = tree.tokenRange(span.begin(), span.end());
    if (range == null || range[0] <= cue.last()) {
      return span;
    }
    int next = range[1] + 1;
    if (next >= sentence.endToken() - 1 || !tree.token(next).isFiniteVerb()
        || tree.governs(next, cue.head())) {
      return span; // "The senator who criticized [the plan] said ...": that verb is the cue's own governor
    }
    return TokenRanges.span(tree, range[0], sentence.endToken() - 1).orElse(span);
  }

  private static final Set<String> THAT = Set.of("that");
  /** Relations of the parser's orphans after a content's comma that still belong to it. */
  private static final Set<String> ORPHAN_RELATIONS = Set.of("conj", "dep", "appos", "obl", "obj", "nmod", "ccomp");

  /**
   * A content after the cue that the parse cut at a comma, hanging the rest of the sentence on the
   * cue verb instead: "a three-person race between himself[, Donald Trump and Ted Cruz]", "Obama
   * advanced this agenda[, but that there is still more to do]". Runs on to the sentence's end when
   * everything after the comma hangs on the cue verb as a phrase without a subject of its own or as
   * a "that" clause, opens with no participle ("..., adding") and holds no other speaker's verb.
   */
  static TextSpan pastComma(DependencyTree tree, Sentence sentence, CueMatch cue, TextSpan span) {
    int[] range = tree.tokenRange(span.begin(), span.end());
    if (range == null || range[0] <= cue.last()) {
      return span;
    }
    int comma = range[1] + 1;
    int last = TokenRanges.lastWord(tree, sentence, comma);
    if (comma >= last || !tree.token(comma).word().equals(",") || tree.token(comma + 1).pos().equals("VBG")) {
      return span;
    }
    for (int i = comma + 1; i <= last; i++) {
      int head = tree.token(i).head();
      boolean inside = head > comma && head <= last;
      boolean orphan = head == cue.head() && ORPHAN_RELATIONS.contains(tree.token(i).relation().split(":")[0])
          && (tree.childWord(i, THAT) >= 0 || isPhraseWithoutSubject(tree, i));
      if (!inside && !orphan && !tree.token(i).isPunctuation() || tree.token(i).lemma().equals("say")
          || tree.token(i).word().equalsIgnoreCase("according")) {
        // "..., but [insists] ...", "..., but [it] is unlikely": the speaker's next verb, or a
        // clause of the writer's
        return span;
      }
    }
    return TokenRanges.span(tree, range[0], last).orElse(span);
  }

  /** Whether a token heads a phrase that is no clause: not a verb, without a subject or copula. */
  private static boolean isPhraseWithoutSubject(DependencyTree tree, int head) {
    return !tree.token(head).isVerb() && tree.child(head, "nsubj") < 0 && tree.child(head, "cop") < 0;
  }

  /**
   * A content after the cue cut before a comma and a participle of speech that the parse hung
   * inside it: "said the plan was sound[, saying] it would ...", "[, telling] reporters ...",
   * "[, noting] ...". The participle reports a second act of saying, with a content of its own;
   * PolNeAR ends the first content at the comma (train, contents that start right and run past
   * such a participle: 56 end there, 12 run on; dev 7 and 0). A comma inside a quotation is the
   * speaker's own and stays.
   *
   * @param span a content of one part, in {@code tree}'s text (character offsets)
   */
  public static TextSpan beforeSpeechParticiple(
      DependencyTree tree, CueMatch cue, TextSpan span, List<QuoteSpan> quotes, Lexicons lexicons) {
    int[] range = tree.tokenRange(span.begin(), span.end());
    if (range == null || range[0] <= cue.last()) {
      return span;
    }
    for (int comma = range[0] + 1; comma < range[1]; comma++) {
      int participle = comma + 1;
      int commaBegin = tree.token(comma).begin();
      if (tree.token(comma).word().equals(",") && tree.token(participle).pos().equals("VBG")
          && lexicons.verbClass(tree.token(participle).lemma()) == CueClass.SPEECH
          && quotes.stream().noneMatch(quote -> quote.span().contains(commaBegin))) {
        return TokenRanges.span(tree, range[0], comma - 1).orElse(span);
      }
    }
    return span;
  }
}
