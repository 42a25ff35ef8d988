package org.claimspan.internal.attribution.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * The content of a cue verb whose relative word is part of what was said: "the changes, [which]
 * officials said [will go into effect next month], ...", "adapt to [what] she said [is growing
 * demand]", "Rubio, [who] he dubbed [“the little senator.”]". PolNeAR draws the relative word as the
 * content's first part and the words after the cue as its second (train: 186 contents open with a
 * relative word as a part of their own), or the relative word alone when the cue has it as its
 * plain object. The parser makes the relative word the cue's object and hangs what follows the
 * cue wherever it can, so the second part is found from the words around. A relative word before
 * "as" is left to {@link ContentFinder} ("in what it describes as [...]"). Stateless and
 * thread-safe.
 */
final class RelativeContent {
  private static final Set<String> NOTHING = Set.of();
  private static final Set<String> AS = Set.of("as");
  private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP");
  /** Relations of the words that say what was said, right after the cue. */
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "dep", "obj", "advcl");

  private RelativeContent() {}

  /**
   * The content of a cue verb in a relative clause whose relative word it governs, fronted before
   * its subject: the relative word and the words after the cue that say what was said, or the
   * relative word alone when they only tell when or where; empty for any other cue.
   */
  static Optional<ContentCandidate> find(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    int relative = cue.form() == CueForm.VERB ? frontedRelative(tree, cue.head()) : -1;
    Optional<TextSpan> word = relative >= 0 ? TokenRanges.span(tree, relative, relative) : Optional.empty();
    if (word.isEmpty()) {
      return Optional.empty();
    }
    // "allegations that he assaulted her, [which] he has denied": the relative word alone is what
    // was said (train: 143 contents are a relative word or "that" alone)
    Optional<ContentCandidate> alone =
        Optional.of(ContentCandidate.whole(word.get(), List.of(), AttributionKind.INDIRECT));
    int first = cue.last() + 1;
    Sentence sentence = tree.sentenceOf(cue.head());
    if (first < sentence.endToken() && AS.contains(tree.token(first).word().toLowerCase(Locale.ROOT))) {
      // "in what it describes as [an effort to fight extremism]": the "as" phrase is the content,
      // as ContentFinder draws it (and our gold)
      return Optional.empty();
    }
    if (first >= sentence.endToken() || !saysWhatFollows(tree, cue, first)) {
      return alone;
    }
    int last = restEnd(tree, cue, relative, sentence);
    Optional<TextSpan> rest = last >= first ? TokenRanges.span(tree, first, last) : Optional.empty();
    if (rest.isEmpty()) {
      return alone;
    }
    ContentCandidate said = ContentFinder.classify(tree.text(), rest.get(), quotes);
    List<TextSpan> parts = new ArrayList<>();
    parts.add(word.get());
    parts.addAll(said.parts());
    AttributionKind kind = said.quotes().isEmpty() ? AttributionKind.INDIRECT : AttributionKind.MIXED;
    TextSpan whole = TextSpan.of(tree.text(), word.get().begin(), said.span().end());
    return Optional.of(new ContentCandidate(whole, parts, said.quotes(), kind));
  }

  /**
   * The relative word the verb governs that comes right before the verb's subject ("which
   * [officials] said"), or -1.
   */
  private static int frontedRelative(DependencyTree tree, int verb) {
    int subject = tree.child(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return -1;
    }
    int subjectStart = tree.subtreeRange(subject, NOTHING)[0];
    for (int i = subjectStart; i < verb; i++) {
      if (QuoteMarks.isQuoteToken(tree.token(i).word())) {
        return -1; // "“That's who he is,” Ms. Warren said": the relative word is the quotation's
      }
    }
    for (int child : tree.children(verb)) {
      boolean relative = RELATIVE_TAGS.contains(tree.token(child).pos());
      if (relative && child == subjectStart - 1 && tree.hasRelation(child, "obj")) {
        return child;
      }
    }
    return -1;
  }

  /**
   * Whether the words after the cue say what was said rather than when or where the relative word
   * (the cue's plain object) was said: a verb whose subject is the relative word ("which officials
   * said [will go into effect]"), a clause of its own ("which he said [the Mexican government should
   * pay for]"), an infinitive ("which the city expects [to raise $2 million]") or the name a naming
   * verb gives ("who he dubbed [“the little senator”]"); not "the standard that the court announced
   * [in 1992]", nor the cleft "what many Americans heard [was a compelling argument]" of a verb that
   * does not speak.
   */
  private static boolean saysWhatFollows(DependencyTree tree, CueMatch cue, int first) {
    Token next = tree.token(first);
    if (next.isFiniteVerb()) {
      boolean cleft = tree.hasRelation(cue.head(), "csubj") && next.lemma().equals("be");
      return !cleft || cue.cueClass() == CueClass.SPEECH;
    }
    int clause = tree.child(cue.head(), "ccomp");
    int infinitive = tree.child(cue.head(), "xcomp");
    if (clause > cue.last() || infinitive > cue.last() && next.pos().equals("TO")) {
      return true;
    }
    return ObjectContent.NAMING.contains(cue.lemma()) && !next.pos().equals("IN") && !next.pos().equals("RB");
  }

  /**
   * The last token of what the cue says after it: its complement's, else the rest of the clause the
   * cue's clause is the subject of ("what analysts said [was a sign of ...]"), else the rest of
   * the relative clause, which a comma closes when one opened it.
   */
  private static int restEnd(DependencyTree tree, CueMatch cue, int relative, Sentence sentence) {
    int verb = cue.head();
    int end = -1;
    for (int child : tree.children(verb)) {
      if (child > cue.last() && COMPLEMENTS.contains(tree.token(child).relation())) {
        end = Math.max(end, tree.subtreeRange(child, NOTHING)[1]);
      }
    }
    int governor = tree.token(verb).head();
    if (end < 0 && governor > verb && tree.hasRelation(verb, "csubj")) {
      end = tree.subtreeRange(governor, NOTHING)[1];
    }
    if (end < 0) {
      end = sentence.endToken() - 1;
    }
    boolean nonRestrictive = relative > sentence.firstToken() && tree.token(relative - 1).word().equals(",");
    if (nonRestrictive) {
      for (int i = cue.last() + 1; i <= end; i++) {
        if (tree.token(i).word().equals(",")) {
          return i - 1;
        }
      }
    }
    return end;
  }
}
