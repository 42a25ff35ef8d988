package org.claimspan.internal.attribution.content;

import java.util.Locale;
import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;

/**
 * The phrase that gives the ground of a judgement on an object: "criticized Clinton [for accepting
 * donations]", "accused Sanders [of a smear]", "praised Bush [as a man who ...]". PolNeAR's content
 * of such a cue is the object together with this phrase (train: 102 of 103 "described/praised/cast
 * X as Y" contents start with X). Stateless and thread-safe.
 */
final class ObjectReasons {
  /** Words that open the ground of a judgement on an object. */
  private static final Set<String> OPENERS = Set.of("for", "of", "as");
  /** Clauses that say what an object is asked to do: "called on [X to act]". */
  private static final Set<String> CLAUSES = Set.of("advcl", "xcomp");

  private ObjectReasons() {}

  /**
   * The last token of an oblique or adverbial clause of {@code verb} that starts right after
   * {@code objectEnd} with "for", "of" or "as", or of an infinitive clause of {@code verb} that
   * starts there ("called on [the agency] to act", often parsed as an adverbial clause of the
   * verb), or -1 when there is none.
   */
  static int end(DependencyTree tree, int verb, int objectEnd) {
    int next = objectEnd + 1;
    if (next >= tree.size() || tree.token(next).sentence() != tree.token(verb).sentence()) {
      return -1;
    }
    String word = tree.token(next).word().toLowerCase(Locale.ROOT);
    boolean infinitive = word.equals("to") && tree.hasRelation(next, "mark");
    if (!OPENERS.contains(word) && !infinitive) {
      return -1;
    }
    for (int child : tree.children(verb)) {
      boolean ground = tree.hasRelation(child, "obl") || tree.hasRelation(child, "advcl");
      boolean task = infinitive && CLAUSES.contains(tree.token(child).relation().split(":")[0]);
      if (child > next && (infinitive ? task : ground) && tree.token(next).head() == child) {
        return tree.subtreeRange(child, Set.of())[1];
      }
    }
    return -1;
  }
}
