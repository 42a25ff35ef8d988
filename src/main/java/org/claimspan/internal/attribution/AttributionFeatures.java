package org.claimspan.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Token;

/**
 * The features that {@link AttributionFilter} judges a candidate attribution by: the cue's lemma,
 * class, shape, inflection and place in the parse; the source's form (pronoun, name, common
 * noun, none); the content's kind, length, opening word and side of the cue. Strings, as OpenNLP's
 * maxent models take them. Stateless and thread-safe.
 */
final class AttributionFeatures {
  private AttributionFeatures() {}

  /** The features of one candidate; never empty. */
  static List<String> of(DependencyTree tree, CueMatch cue, Optional<TextSpan> source, ContentCandidate content) {
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
        String pos = tree.token(i).pos();
        finiteVerb |= pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
      }
      f.add("contentClause=" + finiteVerb);
      f.add("lemma+contentClause=" + lemma + "|" + finiteVerb);
    }
    String sentenceEnd = tree.token(tree.sentenceOf(cue.head()).endToken() - 1).word();
    f.add("question=" + sentenceEnd.equals("?"));
    return f;
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
