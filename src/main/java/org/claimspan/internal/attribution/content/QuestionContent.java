package org.claimspan.internal.attribution.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;

/**
 * The question a cue of asking reports, where the parse hides it: "Asked during a debate [why he
 * trailed Clinton], Sanders said ..." (the question hung on "debate" as a relative clause), "Asked
 * [what a commitment looks like], Devine replied: ..." (the reply hung on the question), "Mr.
 * Rubin asked the students [if they were always so serious]" (PolNeAR leaves the person asked out of
 * most such contents). Stateless and thread-safe.
 */
public final class QuestionContent {
  /** Words that open what somebody was asked: "Asked [whether he would run], he said ...". */
  private static final Set<String> OPENERS = Set.of("whether", "if", "who", "what", "why", "how", "when", "where", "which", "about");
  private static final Set<String> NOTHING = Set.of();

  private QuestionContent() {}

  /** The question of {@code cue} when it is a cue of asking in one of the shapes above, else empty. */
  static Optional<TextSpan> find(DependencyTree tree, CueMatch cue) {
    if (cue.form() != CueForm.VERB || !cue.lemma().equals("ask")) {
      return Optional.empty();
    }
    Optional<TextSpan> opening = openingPhrase(tree, cue);
    return opening.isPresent() ? opening : clauseAfterObject(tree, cue);
  }

  /** Whether {@code token} opens a question: "whether", "if", "who", ..., "about". */
  public static boolean opensQuestion(DependencyTree tree, int token) {
    return OPENERS.contains(tree.token(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "Asked [on Fox News] who leads the party, he said Ryan": a participle opening its sentence; the
   * question runs from its first opener to the comma before the main clause's subject ("Asked why
   * the administration ignored the demand, in the same bill, that ..., Earnest responded"), or,
   * when the parse has no such clause, to the first comma.
   */
  private static Optional<TextSpan> openingPhrase(DependencyTree tree, CueMatch cue) {
    Sentence sentence = tree.sentenceOf(cue.head());
    if (cue.first() != sentence.firstToken() || !tree.token(cue.head()).pos().equals("VBN")) {
      return Optional.empty();
    }
    int opener = -1;
    int firstComma = -1;
    for (int i = cue.last() + 1; i < sentence.endToken() && firstComma < 0; i++) {
      if (tree.token(i).word().equals(",")) {
        firstComma = i;
      } else if (opener < 0 && opensQuestion(tree, i)) {
        opener = i;
      }
    }
    if (opener < 0 || firstComma < 0) {
      return Optional.empty(); // no comma: not a phrase set off before the main clause
    }
    int end = firstComma - 1;
    int mainSubject = mainSubjectStart(tree, sentence, cue.head());
    if (mainSubject > firstComma && tree.token(mainSubject - 1).word().equals(",")) {
      end = mainSubject - 2;
    }
    return TokenRanges.span(tree, opener, end);
  }

  /** The first token of the subject of the sentence's root verb, when the root is not the cue; else -1. */
  private static int mainSubjectStart(DependencyTree tree, Sentence sentence, int cue) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (tree.token(i).relation().equals("root")) {
        int subject = tree.child(i, "nsubj");
        return i == cue || subject < 0 ? -1 : tree.subtreeRange(subject, NOTHING)[0];
      }
    }
    return -1;
  }

  /**
   * "asked the students [if they were serious]": the question clause after the person asked, which
   * the parser hangs on the verb as an adverbial or complement clause.
   */
  private static Optional<TextSpan> clauseAfterObject(DependencyTree tree, CueMatch cue) {
    int object = tree.child(cue.head(), "obj");
    if (object < cue.head() || tree.token(object).lemma().equalsIgnoreCase("question")) {
      return Optional.empty(); // "to ask a question about immigration [when Trump shot back ...]"
    }
    int objectEnd = tree.subtreeRange(object, NOTHING)[1];
    for (int child : tree.children(cue.head())) {
      String relation = tree.token(child).relation();
      boolean clause = relation.startsWith("advcl") || relation.equals("ccomp") || relation.equals("dep");
      if (child > objectEnd && clause) {
        int[] range = tree.subtreeRange(child, NOTHING);
        if (range[0] == objectEnd + 1 && opensQuestion(tree, range[0])) {
          return TokenRanges.span(tree, range[0], range[1]);
        }
      }
    }
    return Optional.empty();
  }
}
