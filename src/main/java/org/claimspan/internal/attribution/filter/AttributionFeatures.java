package org.claimspan.internal.attribution.filter;

import static org.claimspan.internal.attribution.filter.AttributionFeature.ADVCL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.BIAS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CLASS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CLASS_CONTENT_HEAD_NER;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CLASS_CONTENT_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CLASS_KIND;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CLASS_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_CLAUSE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_FIRST;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_FIRST_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_HEAD_NER;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_HEAD_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_LAST_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_PARTS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_SENTENCES;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_SIDE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_TO_END;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_VERB;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_WORDS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTENT_WORDS_CLASS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_CHILD;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_CHILD_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_NEXT_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_PREV;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_WORDS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.FORM;
import static org.claimspan.internal.attribution.filter.AttributionFeature.GAP;
import static org.claimspan.internal.attribution.filter.AttributionFeature.HEADLINE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.IN_RELATIVE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.KIND;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_CONTENT_CLAUSE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_CONTENT_FIRST;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_CONTENT_FIRST_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_CONTENT_HEAD_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_CONTENT_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_KIND;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_MARK;
import static org.claimspan.internal.attribution.filter.AttributionFeature.LEMMA_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.MARK;
import static org.claimspan.internal.attribution.filter.AttributionFeature.MARK_ABOVE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.QUESTION;
import static org.claimspan.internal.attribution.filter.AttributionFeature.REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.REL_GOV_LEMMA;
import static org.claimspan.internal.attribution.filter.AttributionFeature.REL_GOV_POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_CLASS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_HEAD;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_LEMMA;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_NER;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_REL;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE_SIDE;

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
    f.add(BIAS.key());
    f.add(LEMMA.of(lemma));
    f.add(CLASS.of(cue.cueClass()));
    f.add(FORM.of(form));
    f.add(KIND.of(kind));
    f.add(POS.of(head.pos()));
    f.add(REL.of(relation));
    f.add(LEMMA_KIND.of(lemma, kind));
    f.add(LEMMA_REL.of(lemma, relation));
    f.add(CLASS_KIND.of(cue.cueClass(), kind));
    f.add(CLASS_REL.of(cue.cueClass(), relation));
    f.add(CUE_WORDS.of(Math.min(3, cue.last() - cue.first() + 1)));
    for (int child : tree.children(cue.head())) {
      String childRelation = tree.token(child).relation();
      if (childRelation.startsWith("aux") || childRelation.equals("advmod")) {
        f.add(CUE_CHILD.of(childRelation, tree.token(child).lemma().toLowerCase(Locale.ROOT)));
      } else {
        f.add(CUE_CHILD_REL.of(childRelation));
      }
    }
    SourceForm sourceForm = sourceForm(tree, source);
    f.add(SOURCE.of(sourceForm));
    f.add(SOURCE_CLASS.of(sourceForm, cue.cueClass()));
    f.add(SOURCE_LEMMA.of(sourceForm, lemma));
    source.ifPresent(span -> f.add(SOURCE_SIDE.of(span.begin() < head.begin() ? "before" : "after")));
    TextSpan span = content.span();
    int words = TokenRanges.wordCount(span);
    String length = words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 12 ? "6-12" : words <= 30 ? "13-30" : "31+";
    f.add(CONTENT_WORDS.of(length));
    f.add(CONTENT_WORDS_CLASS.of(length, cue.cueClass()));
    f.add(CONTENT_SIDE.of(span.begin() > head.begin() ? "after" : "before"));
    f.add(CONTENT_PARTS.of(Math.min(3, content.parts().size())));
    int[] range = tree.tokenRange(span.begin(), span.end());
    if (range != null) {
      Token first = tree.token(range[0]);
      Token last = tree.token(range[1]);
      f.add(CONTENT_FIRST.of(first.word().toLowerCase(Locale.ROOT)));
      f.add(CONTENT_FIRST_POS.of(first.pos()));
      f.add(CONTENT_LAST_POS.of(last.pos()));
      f.add(LEMMA_CONTENT_FIRST_POS.of(lemma, first.pos()));
      boolean finiteVerb = false;
      for (int i = range[0]; i <= range[1]; i++) {
        finiteVerb |= tree.token(i).isFiniteVerb();
      }
      f.add(CONTENT_CLAUSE.of(finiteVerb));
      f.add(LEMMA_CONTENT_CLAUSE.of(lemma, finiteVerb));
    }
    String sentenceEnd = tree.token(tree.sentenceOf(cue.head()).endToken() - 1).word();
    f.add(QUESTION.of(sentenceEnd.equals("?")));
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
    f.add(REL_GOV_POS.of(relation, governorPos));
    if (governor >= 0 && governor < tree.size() && !relation.equals("root")) {
      String governorLemma = tree.token(governor).lemma().toLowerCase(Locale.ROOT);
      f.add(REL_GOV_LEMMA.of(relation, governorLemma));
    }
    // Subordinators on the cue or one of its governors: "if he says", "as she said", "when they claim".
    int node = cue.head();
    boolean relative = false;
    for (int depth = 0; depth < 4 && node >= 0 && node < tree.size(); depth++) {
      relative |= tree.token(node).relation().equals("acl:relcl");
      for (int child : tree.children(node)) {
        if (tree.token(child).relation().equals("mark")) {
          String mark = tree.token(child).word().toLowerCase(Locale.ROOT);
          f.add((depth == 0 ? MARK : MARK_ABOVE).of(mark));
          if (depth == 0) {
            f.add(LEMMA_MARK.of(lemma, mark));
          }
        }
      }
      node = tree.token(node).head();
    }
    f.add(IN_RELATIVE.of(relative));
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
        f.add(ADVCL.of(mark < 0 ? "none" : tree.token(mark).word().toLowerCase(Locale.ROOT),
            coarse(tree.token(child).pos()), tree.token(child).pos().equals("VBG")));
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
    f.add(CUE_PREV.of(before));
    f.add(CUE_NEXT_POS.of(after));
    f.add(HEADLINE.of(tree.inFirstLine(tree.token(cue.head()).begin())));
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
    f.add(SOURCE_REL.of(relation + (governor == cue.head() ? "" : "|far")));
    String entity = "none";
    for (int i = range[0]; i <= range[1]; i++) {
      String ner = tree.token(i).ner();
      if (!ner.equals("O") && !ner.isEmpty()) {
        entity = ner;
        break;
      }
    }
    f.add(SOURCE_NER.of(entity));
    if (entity.equals("none") && tree.token(top).isNoun()) {
      f.add(SOURCE_HEAD.of(tree.token(top).lemma().toLowerCase(Locale.ROOT)));
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
    f.add(CONTENT_REL.of(link));
    f.add(LEMMA_CONTENT_REL.of(lemma, link));
    f.add(CLASS_CONTENT_REL.of(cue.cueClass(), link));
    f.add(CONTENT_HEAD_POS.of(coarse(contentHead.pos())));
    // A bare person or party as the object ("endorsed Clinton", "questioned her") is rarely what
    // was said; a noun phrase about an issue more often is.
    String ner = contentHead.ner().isEmpty() ? "O" : contentHead.ner();
    f.add(CONTENT_HEAD_NER.of(ner));
    f.add(CLASS_CONTENT_HEAD_NER.of(cue.cueClass(), ner, coarse(contentHead.pos())));
    f.add(LEMMA_CONTENT_HEAD_POS.of(lemma, coarse(contentHead.pos())));
    boolean anyVerb = false;
    for (int i = range[0]; i <= range[1]; i++) {
      anyVerb |= tree.token(i).isVerb();
    }
    f.add(CONTENT_VERB.of(anyVerb));
    f.add(LEMMA_CONTENT_FIRST.of(lemma, tree.token(range[0]).word().toLowerCase(Locale.ROOT)));
    int gap = range[0] > cue.last() ? range[0] - cue.last() - 1 : cue.first() - range[1] - 1;
    f.add(GAP.of(gap <= 0 ? "0" : gap == 1 ? "1" : gap <= 4 ? "2-4" : "5+"));
    int sentenceEnd = TokenRanges.lastWord(tree, tree.sentenceOf(cue.head()), range[1]);
    f.add(CONTENT_TO_END.of(range[1] >= sentenceEnd));
    f.add(CONTENT_SENTENCES.of(tree.token(range[0]).sentence() == tree.token(range[1]).sentence() ? "1" : "2+"));
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
  private static SourceForm sourceForm(DependencyTree tree, Optional<TextSpan> source) {
    if (source.isEmpty()) {
      return SourceForm.NONE;
    }
    String lower = source.get().text().toLowerCase(Locale.ROOT);
    switch (lower) {
      case "i", "we", "you", "me", "us" -> {
        return SourceForm.PERSON12;
      }
      case "he", "she", "they", "it" -> {
        return SourceForm.PRONOUN;
      }
      case "who", "which", "that" -> {
        return SourceForm.RELATIVE;
      }
      default -> {
        int[] range = tree.tokenRange(source.get().begin(), source.get().end());
        if (range == null) {
          return SourceForm.OTHER;
        }
        boolean name = false;
        for (int i = range[0]; i <= range[1]; i++) {
          name |= tree.token(i).pos().startsWith("NNP");
        }
        return name ? SourceForm.NAME : range[1] - range[0] >= 3 ? SourceForm.LONG_NOUN : SourceForm.NOUN;
      }
    }
  }

}
