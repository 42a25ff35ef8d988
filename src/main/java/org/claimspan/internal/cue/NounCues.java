package org.claimspan.internal.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;

/**
 * Attributions carried by a cue noun with a possessor: "[Kerry's] announcement of [the new
 * figure]", "[his] comments on [Muslims]", "[Trump's] proposal [to ban ...]", "[her] claim [that
 * ...]". The possessor, with its "'s" (as PolNeAR draws 194 of 201 such train sources), is the
 * source; the noun and its preposition are the cue; the preposition's object or the noun's
 * "that" or "to" clause is the content. A cue noun without a possessor that is the object of a verb
 * outside the cue lexicon, "[Trump] has made several controversial statements on [the matter]",
 * has that verb's subject as its source and the verb in its cue. Needs a parse. Thread-safe.
 */
public final class NounCues {
  /** Prepositions whose object is what a cue noun is about. */
  private static final Set<String> PREPOSITIONS = Set.of("of", "on", "about", "for", "over", "against", "to");
  /** Words that open a noun's clause: "the claim [that ...]", "a plan [to ...]". */
  private static final Set<String> CLAUSE_MARKS = Set.of("that", "to");
  private static final Set<String> NOTHING = Set.of();
  /**
   * Cue nouns that name a standing view or a medium rather than an act of saying when they have a
   * possessor: "his views on immigration", "her speech on guns", "their commitment to principles".
   * PolNeAR train, first 150 documents: 4 of 33 such candidates were attributions (the other cue
   * nouns: 27 of 45).
   */
  private static final Set<String> STANDING = Set.of("commitment", "position", "stance", "view", "opinion", "message",
      "speech", "address", "statement", "interview", "intention", "plan", "aim", "word", "prediction");

  /** A noun cue with its source and content as token ranges, inclusive. */
  public record Found(CueMatch cue, int sourceFirst, int sourceLast, int contentFirst, int contentLast) {}

  private final Lexicons lexicons;

  public NounCues(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  public List<Found> find(DependencyTree tree) {
    List<Found> found = new ArrayList<>();
    for (Sentence sentence : tree.analysis().sentences()) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        cue(tree, i).ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<Found> cue(DependencyTree tree, int noun) {
    if (!tree.token(noun).isNoun()) {
      return Optional.empty();
    }
    CueClass cueClass = lexicons.cueNouns().get(tree.token(noun).lemma().toLowerCase(Locale.ROOT));
    if (cueClass == null) {
      cueClass = lexicons.cueNouns().get(tree.token(noun).word().toLowerCase(Locale.ROOT));
    }
    if (cueClass == null) {
      return Optional.empty();
    }
    int possessor = tree.child(noun, "nmod:poss");
    if (possessor < 0 || possessor > noun) {
      return lightVerbCue(tree, noun, cueClass);
    }
    if (STANDING.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int[] source = tree.subtreeRange(possessor, NOTHING);
    if (source[1] >= noun) {
      return Optional.empty();
    }
    return withContent(tree, noun, noun, cueClass, source);
  }

  /**
   * A cue noun as the object of a verb that is no cue itself, "[Trump] has made comments about [the
   * possibility of fraud]", "[Trump] has taken a firm stance against [illegal immigration]": the
   * verb's subject is the source and the cue runs from the verb to the noun (PolNeAR draws "made
   * these same allegations against").
   */
  private Optional<Found> lightVerbCue(DependencyTree tree, int noun, CueClass cueClass) {
    int verb = tree.token(noun).head();
    if (!tree.hasRelation(noun, "obj") || verb < 0 || verb > noun || !tree.token(verb).isVerb()
        || lexicons.verbClass(tree.token(verb).lemma().toLowerCase(Locale.ROOT)) != null) {
      return Optional.empty();
    }
    int subject = tree.child(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return Optional.empty();
    }
    int[] source = tree.subtreeRange(subject, NOTHING);
    if (source[1] >= verb) {
      return Optional.empty();
    }
    int first = verb;
    for (int child : tree.children(verb)) {
      // "[has] made", "[also is] setting": PolNeAR's cue keeps the verb's auxiliaries and adverbs
      boolean auxiliary = tree.token(child).relation().startsWith("aux") || tree.hasRelation(child, "advmod");
      if (auxiliary && child > source[1] && child < first) {
        first = child;
      }
    }
    return withContent(tree, noun, first, cueClass, source);
  }

  /** The cue from {@code cueFirst} to the noun with what the noun is about, if it says. */
  private static Optional<Found> withContent(DependencyTree tree, int noun, int cueFirst, CueClass cueClass, int[] source) {
    for (int child : tree.children(noun)) {
      if (child <= noun) {
        continue;
      }
      int[] range = tree.subtreeRange(child, NOTHING);
      String first = tree.token(range[0]).word().toLowerCase(Locale.ROOT);
      if (tree.hasRelation(child, "nmod") && range[0] == noun + 1 && PREPOSITIONS.contains(first)
          && tree.token(range[0]).head() == child && range[1] > range[0]) {
        CueMatch cue = new CueMatch(noun, cueFirst, noun + 1, tree.token(noun).lemma(), cueClass, CueForm.NOUN);
        return Optional.of(new Found(cue, source[0], source[1], range[0] + 1, range[1]));
      }
      boolean clause = tree.hasRelation(child, "acl") && !tree.hasRelation(child, "acl:relcl") || tree.hasRelation(child, "ccomp");
      if (clause && range[0] == noun + 1 && CLAUSE_MARKS.contains(first)) {
        CueMatch cue = new CueMatch(noun, cueFirst, noun, tree.token(noun).lemma(), cueClass, CueForm.NOUN);
        return Optional.of(new Found(cue, source[0], source[1], range[0], range[1]));
      }
    }
    return Optional.empty();
  }

  /** The source span of a found cue. */
  public static Optional<TextSpan> source(DependencyTree tree, Found found) {
    return TokenRanges.span(tree, found.sourceFirst(), found.sourceLast());
  }

  /** The content span of a found cue. */
  public static Optional<TextSpan> content(DependencyTree tree, Found found) {
    return TokenRanges.span(tree, found.contentFirst(), found.contentLast());
  }
}
