package org.claimspan.internal.attribution.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * The features that {@link AttributionFilter} judges a candidate attribution by: the cue's lemma,
 * class, shape, inflection and place in the parse; the source's form (pronoun, name, common
 * noun, none); the content's kind, length, opening word and side of the cue. Strings, as OpenNLP's
 * maxent models take them. Stateless and thread-safe.
 */
public final class AttributionFeatures {
  private AttributionFeatures() {}

  /** The features of one candidate; never empty. */
  public static List<String> of(DependencyTree tree, CueMatch cue, Optional<TextSpan> source, ContentCandidate content) {
    List<String> f = new ArrayList<>();
    Token head = tree.token(cue.head());
    String lemma = cue.lemma().toLowerCase(Locale.ROOT);
    String form = cue.form().name();
    String kind = content.kind().name();
    String relation = head.relation().split(":")[0];
    f.add("bias");
    f.add("lemma=" + lemma);
    f.add("class=" + cue.cueClass());
    f.add("form=" + form);
    f.add("kind=" + kind);
    f.add("pos=" + head.pos());
    f.add("rel=" + relation);
    f.add("lemma+kind=" + lemma + "|" + kind);
    f.add("lemma+rel=" + lemma + "|" + relation);
    f.add("class+kind=" + cue.cueClass() + "|" + kind);
    f.add("class+rel=" + cue.cueClass() + "|" + relation);
    f.add("cueWords=" + Math.min(3, cue.last() - cue.first() + 1));
    for (int child : tree.children(cue.head())) {
      String childRelation = tree.token(child).relation();
      if (childRelation.startsWith("aux") || childRelation.equals("advmod")) {
        f.add("cueChild=" + childRelation + "|" + tree.token(child).lemma().toLowerCase(Locale.ROOT));
      } else {
        f.add("cueChildRel=" + childRelation);
      }
    }
    String sourceForm = sourceForm(tree, source);
    f.add("source=" + sourceForm);
    f.add("source+class=" + sourceForm + "|" + cue.cueClass());
    f.add("source+lemma=" + sourceForm + "|" + lemma);
    source.ifPresent(span -> f.add("sourceSide=" + (span.begin() < head.begin() ? "before" : "after")));
    TextSpan span = content.span();
    int words = TokenRanges.wordCount(span);
    String length = words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 12 ? "6-12" : words <= 30 ? "13-30" : "31+";
    f.add("contentWords=" + length);
    f.add("contentWords+class=" + length + "|" + cue.cueClass());
    f.add("contentSide=" + (span.begin() > head.begin() ? "after" : "before"));
    f.add("contentParts=" + Math.min(3, content.parts().size()));
    int[] range = tree.tokenRange(span.begin(), span.end());
    if (range != null) {
      Token first = tree.token(range[0]);
      Token last = tree.token(range[1]);
      f.add("contentFirst=" + first.word().toLowerCase(Locale.ROOT));
      f.add("contentFirstPos=" + first.pos());
      f.add("contentLastPos=" + last.pos());
      f.add("lemma+contentFirstPos=" + lemma + "|" + first.pos());
      boolean finiteVerb = false;
      for (int i = range[0]; i <= range[1]; i++) {
        finiteVerb |= tree.token(i).isFiniteVerb();
      }
      f.add("contentClause=" + finiteVerb);
      f.add("lemma+contentClause=" + lemma + "|" + finiteVerb);
    }
    String sentenceEnd = tree.token(tree.sentenceOf(cue.head()).endToken() - 1).word();
    f.add("question=" + sentenceEnd.equals("?"));
    addCuePlace(f, tree, cue, lemma);
    addCueNeighbours(f, tree, cue);
    source.ifPresent(s -> addSourceSyntax(f, tree, cue, s));
    if (range != null) {
      addContentSyntax(f, tree, cue, lemma, range);
    }
    return f;
  }

  /**
   * Where the cue sits in its sentence: what governs it ("refused to say", "as he said", "the man
   * who believes"), and whether a condition or a relative clause holds it.
   */
  private static void addCuePlace(List<String> f, DependencyTree tree, CueMatch cue, String lemma) {
    Token head = tree.token(cue.head());
    String relation = head.relation();
    int governor = head.head();
    String governorPos = governor < 0 || governor >= tree.size() ? "ROOT" : coarse(tree.token(governor).pos());
    f.add("rel+govPos=" + relation + "|" + governorPos);
    if (governor >= 0 && governor < tree.size() && !relation.equals("root")) {
      String governorLemma = tree.token(governor).lemma().toLowerCase(Locale.ROOT);
      f.add("rel+govLemma=" + relation + "|" + governorLemma);
    }
    // Subordinators on the cue or one of its governors: "if he says", "as she said", "when they claim".
    int node = cue.head();
    boolean relative = false;
    for (int depth = 0; depth < 4 && node >= 0 && node < tree.size(); depth++) {
      relative |= tree.token(node).relation().equals("acl:relcl");
      for (int child : tree.children(node)) {
        if (tree.token(child).relation().equals("mark")) {
          String mark = tree.token(child).word().toLowerCase(Locale.ROOT);
          f.add("mark" + (depth == 0 ? "" : "Above") + "=" + mark);
          if (depth == 0) {
            f.add("lemma+mark=" + lemma + "|" + mark);
          }
        }
      }
      node = tree.token(node).head();
    }
    f.add("inRelative=" + relative);
    // "condemned the plan by saying that ...", "responded by noting ...": an adverbial clause on
    // the cue that says how the act was done, often a speech verb with the real content.
    for (int child : tree.children(cue.head())) {
      if (tree.token(child).relation().startsWith("advcl")) {
        int mark = -1;
        for (int grandchild : tree.children(child)) {
          if (tree.token(grandchild).relation().equals("mark")) {
            mark = grandchild;
          }
        }
        f.add("advcl=" + (mark < 0 ? "none" : tree.token(mark).word().toLowerCase(Locale.ROOT)) + "|"
            + coarse(tree.token(child).pos()) + "|" + tree.token(child).pos().equals("VBG"));
      }
    }
  }

  /**
   * The words right around the cue: the word before it ("not", "to", a comma, or {@code <s>} at
   * the sentence's start), the tag after it (a name, a pronoun, a quote mark, "that"), and whether
   * it stands in the text's first line, the headline.
   */
  private static void addCueNeighbours(List<String> f, DependencyTree tree, CueMatch cue) {
    Sentence sentence = tree.sentenceOf(cue.head());
    String before = cue.first() > sentence.firstToken() ? tree.token(cue.first() - 1).word().toLowerCase(Locale.ROOT) : "<s>";
    String after = cue.last() + 1 < sentence.endToken() ? tree.token(cue.last() + 1).pos() : "</s>";
    f.add("cuePrev=" + before);
    f.add("cueNextPos=" + after);
    f.add("headline=" + tree.inFirstLine(tree.token(cue.head()).begin()));
  }

  /** The source's grammatical link to the cue and its entity type. */
  private static void addSourceSyntax(List<String> f, DependencyTree tree, CueMatch cue, TextSpan source) {
    int[] range = tree.tokenRange(source.begin(), source.end());
    if (range == null) {
      return;
    }
    int top = top(tree, range);
    String relation = tree.token(top).relation();
    int governor = tree.token(top).head();
    f.add("sourceRel=" + relation + (governor == cue.head() ? "" : "|far"));
    String entity = "none";
    for (int i = range[0]; i <= range[1]; i++) {
      String ner = tree.token(i).ner();
      if (!ner.equals("O") && !ner.isEmpty()) {
        entity = ner;
        break;
      }
    }
    f.add("sourceNer=" + entity);
    if (entity.equals("none") && tree.token(top).isNoun()) {
      f.add("sourceHead=" + tree.token(top).lemma().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The content's head and its link to the cue (a clausal complement, an object, a clause the
   * parser hung elsewhere), what kind of phrase it is, how far it lies from the cue and whether it
   * runs to the sentence's end.
   */
  private static void addContentSyntax(List<String> f, DependencyTree tree, CueMatch cue, String lemma, int[] range) {
    int top = top(tree, range);
    Token contentHead = tree.token(top);
    String relation = contentHead.relation();
    boolean onCue = contentHead.head() == cue.head();
    String link = relation + (onCue ? "" : "|far");
    f.add("contentRel=" + link);
    f.add("lemma+contentRel=" + lemma + "|" + link);
    f.add("class+contentRel=" + cue.cueClass() + "|" + link);
    f.add("contentHeadPos=" + coarse(contentHead.pos()));
    // A bare person or party as the object ("endorsed Clinton", "questioned her") is rarely what
    // was said; a noun phrase about an issue more often is.
    String ner = contentHead.ner().isEmpty() ? "O" : contentHead.ner();
    f.add("contentHeadNer=" + ner);
    f.add("class+contentHeadNer=" + cue.cueClass() + "|" + ner + "|" + coarse(contentHead.pos()));
    f.add("lemma+contentHeadPos=" + lemma + "|" + coarse(contentHead.pos()));
    boolean anyVerb = false;
    for (int i = range[0]; i <= range[1]; i++) {
      anyVerb |= tree.token(i).isVerb();
    }
    f.add("contentVerb=" + anyVerb);
    f.add("lemma+contentFirst=" + lemma + "|" + tree.token(range[0]).word().toLowerCase(Locale.ROOT));
    int gap = range[0] > cue.last() ? range[0] - cue.last() - 1 : cue.first() - range[1] - 1;
    f.add("gap=" + (gap <= 0 ? "0" : gap == 1 ? "1" : gap <= 4 ? "2-4" : "5+"));
    int sentenceEnd = TokenRanges.lastWord(tree, tree.sentenceOf(cue.head()), range[1]);
    f.add("contentToEnd=" + (range[1] >= sentenceEnd));
    f.add("contentSentences=" + (tree.token(range[0]).sentence() == tree.token(range[1]).sentence() ? "1" : "2+"));
  }

  /** The first token of an inclusive range whose governor lies outside it: the phrase's head. */
  private static int top(DependencyTree tree, int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      int governor = tree.token(i).head();
      if ((governor < range[0] || governor > range[1]) && !tree.token(i).isPunctuation()) {
        return i;
      }
    }
    return range[0];
  }

  /** A part-of-speech tag folded to its word class (verbs, nouns, adjectives, pronouns). */
  private static String coarse(String pos) {
    if (pos.startsWith("VB") || pos.equals("MD")) {
      return "V";
    }
    if (pos.startsWith("NN")) {
      return "N";
    }
    if (pos.startsWith("JJ")) {
      return "J";
    }
    if (pos.startsWith("PRP") || pos.equals("WP")) {
      return "PRO";
    }
    return pos;
  }

  /** How the source is written: first/second person, a third-person pronoun, a name, a noun. */
  private static String sourceForm(DependencyTree tree, Optional<TextSpan> source) {
    if (source.isEmpty()) {
      return "none";
    }
    String lower = source.get().text().toLowerCase(Locale.ROOT);
    switch (lower) {
      case "i", "we", "you", "me", "us" -> {
        return "person12";
      }
      case "he", "she", "they", "it" -> {
        return "pronoun";
      }
      case "who", "which", "that" -> {
        return "relative";
      }
      default -> {
        int[] range = tree.tokenRange(source.get().begin(), source.get().end());
        if (range == null) {
          return "other";
        }
        boolean name = false;
        for (int i = range[0]; i <= range[1]; i++) {
          name |= tree.token(i).pos().startsWith("NNP");
        }
        return name ? "name" : range[1] - range[0] >= 3 ? "longNoun" : "noun";
      }
    }
  }
}
