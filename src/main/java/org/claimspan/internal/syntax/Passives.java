package org.claimspan.internal.syntax;

import java.util.Set;

/**
 * Passive verbs and their agents: "was reported [by Politico]". CoreNLP 4.5's English parser labels
 * the agent a plain {@code obl} with the case marker "by" rather than {@code obl:agent}, so both are
 * read. Stateless and thread-safe.
 */
public final class Passives {
  private static final Set<String> BY = Set.of("by");

  private Passives() {}

  /**
   * The token heading the agent of {@code verb}, or -1 when the verb is not passive or has none; a
   * past participle without auxiliaries that does not head the sentence counts as a reduced passive.
   */
  public static int agent(DependencyTree tree, int verb) {
    int agent = tree.child(verb, "obl:agent");
    if (agent >= 0) {
      return agent;
    }
    boolean reduced = tree.token(verb).pos().equals("VBN") && tree.child(verb, "aux") < 0
        && !tree.hasRelation(verb, "root");
    if (tree.child(verb, "aux:pass") < 0 && !reduced) {
      return -1; // "Asked [by Stephanopoulos] to respond, Carson said": a reduced passive has one too
    }
    for (int child : tree.children(verb)) {
      if (child > verb && tree.hasRelation(child, "obl") && tree.childWord(child, BY) >= 0) {
        return child;
      }
    }
    return -1;
  }

  /**
   * Whether a verb is in the passive voice with this subject: a participle, or with a passive
   * auxiliary between the two. Not "he said" that the parser gave a passive subject.
   */
  public static boolean isPassive(DependencyTree tree, int verb, int subject) {
    if (tree.token(verb).pos().equals("VBN")) {
      return true;
    }
    for (int child : tree.children(verb)) {
      if (tree.hasRelation(child, "aux:pass") && child > Math.min(subject, verb) && child < Math.max(subject, verb)) {
        return true;
      }
    }
    return false;
  }
}
