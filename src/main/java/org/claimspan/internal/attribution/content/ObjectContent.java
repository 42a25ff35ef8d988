package org.claimspan.internal.attribution.content;

import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;

/**
 * What a cue verb with a plain object attributes, when it has no clause to report: the object
 * with what the verb says of it, "criticized [the draft platform]", "called [him a “loser”]",
 * "polls show [Clinton up by 10 points in New York]". Stateless and thread-safe.
 */
final class ObjectContent {
  private static final Set<String> NOTHING = Set.of();

  /** Verbs that give their object a name or a description: "called [him a liar]". */
  static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "name", "deem", "consider", "declare");

  /** Relations of the words that say what a report finds of its object: "show [Clinton] [with a lead]". */
  private static final Set<String> PREDICATE_RELATIONS = Set.of("obl", "advmod", "compound:prt", "xcomp", "obj", "iobj", "dep", "nmod", "obl:tmod", "obl:npmod");

  private ObjectContent() {}

  /**
   * The content of {@code cue}'s verb as PolNeAR draws it from the object: "criticized [the draft
   * platform]", "called [him a liar]", "supported [Sanders]" (the object, with a predicate after
   * it); empty when the verb has no object after it.
   */
  static Optional<TextSpan> of(DependencyTree tree, CueMatch cue) {
    int verb = cue.head();
    int object = tree.child(verb, "obj");
    if (object < verb) {
      return Optional.empty();
    }
    int[] range = tree.subtreeRange(object, NOTHING);
    int indirect = tree.child(verb, "iobj");
    if (indirect > verb && indirect < object && NAMING.contains(cue.lemma())) {
      // "calling [him a “loser”]" parsed as two objects; in "asked him [a question]" they are two
      range[0] = tree.subtreeRange(indirect, NOTHING)[0];
    }
    int xcomp = tree.child(verb, "xcomp");
    int end = xcomp > object ? tree.subtreeRange(xcomp, NOTHING)[1] : range[1];
    // Not only a report's findings ("polls show [Clinton up by 10 points]"): PolNeAR's content of
    // "compared [abortion to the Holocaust]", "accused [him of ...]", "defended [the group against
    // ...]" runs on over the verb's phrases after the object too. Taking them for every class matched
    // 201 more train contents (filter and boundary models retrained) and leaves the content
    // boundary model to cut the adjuncts PolNeAR leaves out.
    end = Math.max(end, predicateEnd(tree, verb, object));
    return TokenRanges.span(tree, range[0], Math.max(end, ObjectReasons.end(tree, verb, end)));
  }

  /**
   * The last word of what a cue verb says of its object, the oblique phrases and particles after it
   * that the parser hung on the verb: "polls show [Clinton up by 10 points in New York]", "a poll
   * showed [Trump leading Cruz nationally, 45 percent to 18 percent]", "likened [the deal to
   * Trump's proposal]"; -1 when there are none.
   */
  private static int predicateEnd(DependencyTree tree, int verb, int object) {
    int end = -1;
    for (int child : tree.children(verb)) {
      if (child > object && PREDICATE_RELATIONS.contains(tree.token(child).relation()) && !isMeans(tree, child)) {
        end = Math.max(end, tree.subtreeRange(child, NOTHING)[1]);
      }
    }
    return end;
  }

  /**
   * Whether a phrase on the verb says how the act was done, "condemned China's actions [by saying
   * that ...]": a second act with a content of its own, no part of the first one's.
   */
  private static boolean isMeans(DependencyTree tree, int head) {
    int first = tree.subtreeRange(head, NOTHING)[0];
    return tree.token(head).pos().equals("VBG") && tree.token(first).word().equalsIgnoreCase("by");
  }
}
