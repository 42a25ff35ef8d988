package org.claimspan.internal.attribution.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.attribution.content.OpeningParticiple;
import org.claimspan.internal.attribution.layout.Datelines;
import org.claimspan.internal.cue.CueFinder;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.Passives;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Finds the source of a cue as written: the subject of the cue verb (before or after it), the
 * agent of a passive ("was told by X"), the subject of the verb that governs a participle ("...,
 * saying", "by saying that", parsed as an oblique), the noun a relative clause modifies ("officials, who said"), the
 * object of "according to" (or of "in" a poll), or the noun phrase before an introducing colon; a
 * source before its cue that the parse cut short runs on to the cue. A passive cue's subject and
 * a bare "asked" give no source: PolNeAR leaves the unnamed agent or asker out. Thread-safe.
 */
public final class SourceFinder {
  /** Parts of a noun phrase that PolNeAR leaves out of a source: asides. */
  private static final Set<String> NOT_IN_SOURCE = Set.of("parataxis", "punct", "dep");
  /** The same with relative clauses left out too. */
  private static final Set<String> NOT_IN_SOURCE_NOR_RELATIVE = Set.of("acl:relcl", "parataxis", "punct", "dep");

  private static final Set<String> NOTHING = Set.of();
  private static final Set<String> CONTROL_RELATIONS = Set.of("xcomp", "advcl", "conj", "ccomp", "obl");

  public Optional<TextSpan> find(DependencyTree tree, CueMatch cue) {
    switch (cue.form()) {
      case ACCORDING_TO:
        return accordingToObject(tree, cue);
      case COLON:
        return colonSource(tree, cue);
      default:
        int opening = OpeningParticiple.subject(tree, cue); // "After saying ..., [the man] ended up ..."
        int head = opening >= 0 ? opening : sourceHead(tree, cue.head());
        return head < 0 ? Optional.empty()
            : nounPhrase(tree, head, cue.head()).map(span -> reachingTheCue(tree, span, cue)).map(span -> toSentenceEnd(tree, span, cue))
                .map(span -> withClosingDash(tree, span)).map(span -> Datelines.without(tree.text(), span));
    }
  }

  /** Dashes that set off an aside in pairs. */
  private static final Set<String> DASHES = Set.of("—", "–", "--", "-");

  /**
   * A source with the dash that closes the aside it holds: "[Governor Chris Christie – a Dallas
   * Cowboys fan –] said" (PolNeAR train: 47 sources holding a dashed aside end with its closing
   * dash, 2 before it).
   */
  private static TextSpan withClosingDash(DependencyTree tree, TextSpan source) {
    int[] range = tree.tokenRange(source.begin(), source.end());
    int next = range == null ? -1 : range[1] + 1;
    if (next < 0 || next >= tree.size() || !isSpacedDash(tree, next)) {
      return source;
    }
    for (int i = range[0] + 1; i <= range[1]; i++) {
      if (isSpacedDash(tree, i)) {
        return TextSpan.of(tree.text(), source.begin(), tree.token(next).end());
      }
    }
    return source;
  }

  /** Whether a token is a dash with a space before it (not the hyphen of "A.F.L.-C.I.O."). */
  private static boolean isSpacedDash(DependencyTree tree, int i) {
    return DASHES.contains(tree.token(i).word()) && i > 0 && tree.token(i - 1).end() < tree.token(i).begin();
  }

  /** Tags besides those of nouns that a description of a speaker after its name is made of. */
  private static final Set<String> DESCRIPTION_TAGS = Set.of(",", "-LRB-", "-RRB-", "``", "''", "HYPH", ":", ".");

  /**
   * A source right after its cue that the parse cut short before the sentence's end, run on to it
   * when only the words of a description follow: "said Larry Sabato, director of University of
   * Virginia's [Center for Politics]", "said Steven Brill, author of “America's Bitter Pill[,” a
   * history of the Obamacare debate]". Not over a verb ("..., citing", "who studies"), a time
   * phrase ("on Monday") or a phrase opening with a preposition ("in a statement").
   */
  private static TextSpan toSentenceEnd(DependencyTree tree, TextSpan source, CueMatch cue) {
    int[] range = tree.tokenRange(source.begin(), source.end());
    if (range == null || range[0] != cue.last() + 1 || range[1] + 1 >= tree.size() || tree.token(range[1] + 1).pos().equals("IN")) {
      return source; // "said Paul Ryan [in a statement]": a preposition right after the name starts the cue's adjunct
    }
    int last = TokenRanges.lastWord(tree, tree.sentenceOf(range[0]), range[1]);
    for (int i = range[1] + 1; i <= last; i++) {
      Token token = tree.token(i);
      boolean description = NOUN_PHRASE_TAGS.contains(token.pos()) || DESCRIPTION_TAGS.contains(token.pos())
          || QuoteMarks.isQuoteToken(token.word()) || token.word().equals("(") || token.word().equals(")");
      boolean time = CueFinder.TIME_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT));
      if (!description || time) {
        return source;
      }
    }
    return last > range[1] ? TokenRanges.span(tree, range[0], last).orElse(source) : source;
  }

  /** Tags that may continue a noun phrase the parse cut short. */
  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("NN", "NNS", "NNP", "NNPS", "IN", "DT", "JJ", "JJR", "JJS", "CD", "POS", "$", "PRP$", "HYPH", "CC");
  /** Longest stretch, in tokens, a source is run on over. */
  private static final int MAX_RUN_ON = 8;

  /**
   * A source before its cue that the parse cut inside its noun phrase, run on to the cue:
   * "Larry Sabato, director of the University of Virginia's [Center for Politics], said" (the
   * parser hung the rest of the phrase elsewhere). Only over noun-phrase words, at most a few, not
   * from a preposition on, never over a comma inside the stretch nor over words the cue verb governs
   * ("Obama last week said"); a comma right before the cue is left out.
   */
  private static TextSpan reachingTheCue(DependencyTree tree, TextSpan source, CueMatch cue) {
    int[] range = tree.tokenRange(source.begin(), source.end());
    if (range == null || range[1] >= cue.first()) {
      return source;
    }
    int last = cue.first() - 1;
    while (last > range[1] && tree.token(last).isPunctuation()) {
      last--;
    }
    if (last == range[1] || last - range[1] > MAX_RUN_ON || tree.token(range[1] + 1).pos().equals("IN")) {
      return source; // "Trump [on Tuesday] said": a preposition right after the phrase starts an adjunct
    }
    for (int i = range[1] + 1; i <= last; i++) {
      if (!NOUN_PHRASE_TAGS.contains(tree.token(i).pos()) || tree.token(i).sentence() != tree.token(cue.first()).sentence()
          || isVerbsOwnAdjunct(tree, i, cue.head(), range) || tree.token(i).relation().contains("tmod")) {
        return source; // "The White House [this week] said": the verb's own adjunct, not the source's words
      }
    }
    return TokenRanges.span(tree, range[0], last).orElse(source);
  }

  /** The token heading the verb's source, or -1. */
  int sourceHead(DependencyTree tree, int verb) {
    int head = sourceByParse(tree, verb);
    return head >= 0 ? head : nounAfterQuotationFrame(tree, verb);
  }

  /** Tags of the words a speaker's name or description after its verb is made of. */
  private static final Set<String> NAME_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD");

  /**
   * The head of the noun phrase right after a verb that follows a quotation, "“...,” said [Mr.
   * Burr], adding ...", when the parse made that phrase the subject of a later verb ("Burr" of the
   * quote's "get") and so left the verb without a source: the last noun of the run. Returns -1 when
   * the verb does not follow a quotation or no noun follows it.
   */
  private static int nounAfterQuotationFrame(DependencyTree tree, int verb) {
    if (!followsQuotation(tree, verb) || tree.token(verb).pos().equals("VBG")) {
      return -1;
    }
    int head = -1;
    Sentence sentence = tree.sentenceOf(verb);
    for (int i = verb + 1; i < sentence.endToken() && NAME_PHRASE_TAGS.contains(tree.token(i).pos()); i++) {
      head = tree.token(i).isNoun() ? i : head;
    }
    return head;
  }

  /** Whether a verb comes right after a closing quotation or its comma: "“...,” said ...". */
  private static boolean followsQuotation(DependencyTree tree, int verb) {
    return verb > 1 && (QuoteMarks.isQuoteToken(tree.token(verb - 1).word())
        || tree.token(verb - 1).word().equals(",") && QuoteMarks.isQuoteToken(tree.token(verb - 2).word()));
  }

  /**
   * Whether a verb is a bare "asked" that hangs on the answer's clause, "[When asked] whether she
   * wanted Cruz to campaign, she said ...", "Asked about that vote, Mark-Viverito pointed to ...":
   * whoever asked is the source and goes unnamed (PolNeAR train: 158 cues "asked" without one).
   */
  private static boolean isBareAsked(DependencyTree tree, int verb) {
    return tree.token(verb).lemma().equals("ask") && tree.token(verb).pos().equals("VBN")
        && tree.child(verb, "nsubj") < 0 && tree.child(verb, "aux") < 0;
  }

  /**
   * Whether a cue verb reports for someone the text leaves unnamed, so that its attribution stands
   * without a source: a passive with a subject ("[Pence] was asked about ...") or a bare "asked".
   */
  public static boolean mayLackSource(DependencyTree tree, int verb) {
    return isPassiveSubject(tree, verb, nearestSubject(tree, verb)) || isBareAsked(tree, verb);
  }

  /** Whether {@code subject} (a token or -1) is the verb's passive subject, the verb passive indeed. */
  private static boolean isPassiveSubject(DependencyTree tree, int verb, int subject) {
    return subject >= 0 && tree.hasRelation(subject, "nsubj:pass") && Passives.isPassive(tree, verb, subject);
  }

  /**
   * The verb's subject nearest to it, or -1: the parser sometimes gives a verb two, one of them in
   * the quotation before it ("“[It]'s further out than we hoped,” [he] said" parsed as one passive
   * clause).
   */
  private static int nearestSubject(DependencyTree tree, int verb) {
    int nearest = -1;
    for (int child : tree.children(verb)) {
      if (tree.hasRelation(child, "nsubj") && (nearest < 0 || Math.abs(child - verb) < Math.abs(nearest - verb))) {
        nearest = child;
      }
    }
    return nearest;
  }

  /** The token heading the verb's source as the parse gives it, or -1. */
  private int sourceByParse(DependencyTree tree, int verb) {
    int current = asideParticipleStart(tree, verb);
    for (int steps = 0; steps < 4 && current >= 0; steps++) {
      int agent = Passives.agent(tree, current);
      if (agent >= 0) {
        return agent;
      }
      if (current == verb && isBareAsked(tree, verb)) {
        return -1;
      }
      int subject = nearestSubject(tree, current);
      if (isPassiveSubject(tree, current, subject) && !tree.token(current).lemma().equals("quote")) {
        // "[Pence] was asked about ...", "Sanders was projected the winner": the passive's subject is
        // what the saying is about, its unnamed agent the source (but "he was quoted as saying")
        return -1;
      }
      if (subject >= 0) {
        // "officials, who said": PolNeAR's source is the relative pronoun as written (401 of 17,212
        // train sources are "who"); the speaker resolver follows it to the noun it modifies.
        return subject;
      }
      int inverted = invertedSubject(tree, current);
      if (inverted >= 0) {
        return inverted;
      }
      String relation = tree.token(current).relation();
      if (relation.equals("acl") || relation.startsWith("acl:")) {
        int noun = tree.token(current).head();
        if (!isParticipleOnAnObject(tree, current, noun)) {
          return noun; // "a spokesman saying ...", "officials quoted as saying"
        }
        current = tree.token(noun).head();
        continue;
      }
      // "..., saying that ..." is often parsed as a bare dependent; only a participle climbs from one
      boolean participle = relation.equals("dep") && tree.token(current).pos().equals("VBG");
      if (!CONTROL_RELATIONS.contains(relation.split(":")[0]) && !participle && !followsReducedRelative(tree, current)) {
        return -1;
      }
      current = tree.token(current).head();
    }
    return -1;
  }

  /** Most steps up the parse from a participle to the verb that reports the clause it hangs on. */
  private static final int MAX_CLIMB = 10;

  /**
   * The verb to look for a participle aside's source from: the parser often hangs the participle
   * on the verb of the clause reported before it, "Cruz said that Trump represents “New York
   * values,” [stating] ...", "Trump told Newsmax that Romney “had a crazy policy,” [adding] ...",
   * where the one saying is the subject of the verb that reports that clause (PolNeAR train: of
   * the participles after a comma or dash whose two candidate subjects differ, 44 have the
   * reporting verb's subject as their source, 5 the nearer verb's). The participle itself when it
   * has its own subject, follows neither punctuation nor a subordinator, or sits in no reported clause.
   */
  private static int asideParticipleStart(DependencyTree tree, int verb) {
    Token participle = tree.token(verb);
    if (!participle.pos().equals("VBG") || verb == 0 || tree.child(verb, "nsubj") >= 0
        || tree.token(verb - 1).sentence() != participle.sentence()) {
      return verb;
    }
    Token before = tree.token(verb - 1);
    if (!before.isPunctuation() && !before.pos().equals("IN")) {
      return verb;
    }
    int reporting = -1;
    int current = verb;
    for (int steps = 0; steps < MAX_CLIMB && current >= 0; steps++) {
      if (current != verb && tree.hasRelation(current, "ccomp")) {
        reporting = tree.token(current).head();
      }
      current = tree.token(current).head();
    }
    return reporting >= 0 ? reporting : verb;
  }

  /**
   * Whether a verb is hung as a bare dependent on a participle before it that the parser took for
   * the main verb: "[A Quinnipiac poll] released in late August found that ...", "[Many people]
   * involved in the talks assumed that ...": the participle's subject is the verb's.
   */
  private static boolean followsReducedRelative(DependencyTree tree, int verb) {
    int governor = tree.token(verb).head();
    return tree.hasRelation(verb, "dep") && governor >= 0 && governor < verb && tree.token(governor).pos().equals("VBN")
        && tree.child(governor, "aux") < 0 && tree.child(governor, "aux:pass") < 0 && tree.child(governor, "nsubj") >= 0;
  }

  /** Relations of a noun that the clause's verb acts on rather than that acts itself. */
  private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "obl");

  /**
   * Whether a participle hangs on the object of a verb, "He issued a statement on the subject,
   * saying ...", "is making a pitch to voters saying ...": the verb's subject is doing the saying.
   */
  private static boolean isParticipleOnAnObject(DependencyTree tree, int participle, int noun) {
    return tree.token(participle).pos().equals("VBG") && noun >= 0 && tree.token(noun).head() >= 0
        && OBJECT_RELATIONS.contains(tree.token(noun).relation()) && tree.token(tree.token(noun).head()).isVerb();
  }

  /**
   * The source of an inverted cue ("“...,” said Caddell"), which the parser often reads as the
   * verb's object: a name or pronoun right after a verb that itself follows punctuation.
   */
  private static int invertedSubject(DependencyTree tree, int verb) {
    int object = tree.child(verb, "obj");
    if (object < 0) {
      // "“...,” said Devine": a surname the tagger took for an adjective, hung as xcomp or dep
      object = tree.child(verb, "xcomp");
      object = object >= 0 ? object : tree.child(verb, "dep");
    }
    boolean rightAfter = object > verb && tree.subtreeRange(object, NOT_IN_SOURCE)[0] == verb + 1;
    if (tree.token(verb).pos().equals("VBG")) {
      return -1; // "..., telling CBS that ...": a participle's object is its addressee
    }
    boolean afterPunctuation = verb > 0 && tree.token(verb - 1).isPunctuation()
        && tree.token(verb - 1).sentence() == tree.token(verb).sentence();
    if (!rightAfter || !afterPunctuation) {
      return -1;
    }
    // "“...,” said [the second official]": after a quotation any noun is the one speaking, and so is
    // one that ends the sentence after "said" ("..., said [the company's chief executive].")
    boolean speakerNoun = tree.token(object).isNoun() && (followsQuotation(tree, verb) || endsTheSentenceAfterSaid(tree, verb, object));
    return isNameLike(tree.token(object)) || speakerNoun ? object : -1;
  }

  /**
   * Whether an inverted "said" closes its sentence with its object: "..., but it is under intense
   * pressure from Asian imports, said [the company's chief executive, John J. Ferriola]." (an
   * apposition or relative clause of the speaker may follow).
   */
  private static boolean endsTheSentenceAfterSaid(DependencyTree tree, int verb, int object) {
    if (!tree.token(verb).lemma().equals("say") || !tree.token(verb - 1).word().equals(",")) {
      return false;
    }
    return tree.subtreeRange(object, NOTHING)[1] == TokenRanges.lastWord(tree, tree.sentenceOf(verb), object);
  }

  /** A name by its tag or its entity type, or a pronoun. */
  private static boolean isNameLike(Token token) {
    return token.pos().startsWith("NNP") || token.isPronoun() || TokenRanges.isNamedByTagger(token);
  }

  /**
   * The noun phrase headed by {@code head}, without asides, with its relative clauses unless one
   * holds the cue: PolNeAR's sources keep them ("Oliver K. Hedge, who appraises golf course
   * properties, said"; train: 208 of 260 restrictive or after the cue, 64 of 121 others).
   */
  Optional<TextSpan> nounPhrase(DependencyTree tree, int head, int cue) {
    int[] range = tree.subtreeRange(head, NOT_IN_SOURCE);
    if (range[0] <= cue && cue <= range[1]) {
      range = tree.subtreeRange(head, NOT_IN_SOURCE_NOR_RELATIVE);
    }
    if (range[0] < head && tree.token(range[0]).head() == head && tree.hasRelation(range[0], "case")) {
      range[0]++; // the agent's "by": "was reported [by] Politico"
    }
    range[1] = beforeParticipleAside(tree, head, range[1]);
    balanceQuoteMarks(tree, range);
    if (range[0] < head && FOCUS_ADVERBS.contains(tree.token(range[0]).word().toLowerCase(Locale.ROOT))
        && tree.hasRelation(range[0], "advmod")) {
      range[0]++; // "[even] Mr. Slinker says": the writer's focus, not the source's words
    }
    return TokenRanges.span(tree, range[0], closingParenthesis(tree, range[0], withParenthetical(tree, range[1], cue)));
  }

  /**
   * Widens an inclusive token range over the quote mark right before or after it when the range
   * holds an odd number of double quote marks: the parse hangs quote marks on the verb as
   * punctuation, so "[“Daily Show” host Trevor Noah] said" began after the opening mark and kept the
   * closing one. Left as it is when no mark stands next to it in the sentence.
   */
  private static void balanceQuoteMarks(DependencyTree tree, int[] range) {
    int marks = 0;
    for (int i = range[0]; i <= range[1]; i++) {
      marks += QuoteMarks.isDoubleQuoteToken(tree.token(i).word()) ? 1 : 0;
    }
    if (marks % 2 == 0) {
      return;
    }
    int sentence = tree.token(range[0]).sentence();
    int before = range[0] - 1;
    int after = range[1] + 1;
    if (before >= 0 && tree.token(before).sentence() == sentence
        && QuoteMarks.isDoubleQuoteToken(tree.token(before).word())) {
      range[0] = before;
    } else if (after < tree.size() && tree.token(after).sentence() == sentence
        && QuoteMarks.isDoubleQuoteToken(tree.token(after).word())) {
      range[1] = after;
    }
  }

  /**
   * Adverbs that open a source phrase in the parse but that PolNeAR leaves before it (train: "even"
   * right before 29 sources, opening 8).
   */
  private static final Set<String> FOCUS_ADVERBS = Set.of("even");

  /** Participles that list members of the phrase rather than say what its head was doing. */
  private static final Set<String> LISTING_PARTICIPLES = Set.of("including", "excluding");

  /**
   * The end of a source cut before a participle set off by a comma, "[Murphy], using a term Rubio
   * has used, said" and "[one former staffer], speaking on condition of anonymity, said": what the
   * source was doing, which PolNeAR leaves out (train: 110 sources end before ", ...ing", 20 hold
   * one, not counting "including", which lists the phrase's members and stays).
   */
  private static int beforeParticipleAside(DependencyTree tree, int head, int last) {
    for (int child : tree.children(head)) {
      Token participle = tree.token(child);
      if (child > head && child <= last && participle.pos().equals("VBG") && tree.hasRelation(child, "acl")
          && tree.token(child - 1).word().equals(",")
          && !LISTING_PARTICIPLES.contains(participle.word().toLowerCase(Locale.ROOT))) {
        return child - 2;
      }
    }
    return last;
  }

  /**
   * The end of a source moved over the closing parenthesis the parse left out, "Sen. Marco Rubio
   * (R-Fla.[)] said": the tagger often reads the ")" after an abbreviation's period as the
   * sentence's own punctuation.
   */
  private static int closingParenthesis(DependencyTree tree, int first, int last) {
    int open = 0;
    for (int i = first; i <= last; i++) {
      String word = tree.token(i).word();
      open += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
    }
    boolean closesNext = last + 1 < tree.size() && tree.token(last + 1).word().equals(")")
        && tree.token(last + 1).sentence() == tree.token(last).sentence();
    return open > 0 && closesNext ? last + 1 : last;
  }

  /** Longest parenthetical, in tokens with its marks, that a source takes in. */
  private static final int MAX_PARENTHETICAL = 8;

  /**
   * The end of a source extended over a short parenthetical right after it, "Sen. Chuck Grassley
   * (R-Iowa)", which the parse often leaves out (train: PolNeAR keeps 41 of 43).
   */
  private static int withParenthetical(DependencyTree tree, int last, int cue) {
    int open = last + 1;
    if (open >= tree.size() || !tree.token(open).word().equals("(")
        || tree.token(open).sentence() != tree.token(last).sentence()) {
      return last;
    }
    for (int i = open + 1; i < tree.size() && i <= open + MAX_PARENTHETICAL; i++) {
      if (i == cue || tree.token(i).sentence() != tree.token(last).sentence() || tree.token(i).isVerb()) {
        return last;
      }
      if (tree.token(i).word().equals(")")) {
        return i;
      }
    }
    return last;
  }

  private Optional<TextSpan> accordingToObject(DependencyTree tree, CueMatch cue) {
    int according = cue.head();
    int object = tree.token(according).head();
    if (object < 0 || object <= cue.last()) {
      // No parse, or a parse that does not attach "according" as a case marker: take the
      // proper or common noun run after "to".
      int end = cue.last() + 1;
      while (end < tree.sentenceOf(according).endToken() && isNominal(tree, end)) {
        end++;
      }
      return end > cue.last() + 1 ? TokenRanges.span(tree, cue.last() + 1, end - 1) : Optional.empty();
    }
    int[] range = tree.subtreeRange(object, NOT_IN_SOURCE);
    return TokenRanges.span(tree, Math.max(range[0], cue.last() + 1), range[1]);
  }

  /**
   * Whether a token hangs on the verb through a dependent other than the source: "last week" in
   * "Obama last week said", not "Center" in a source whose head the parse gave it.
   */
  private static boolean isVerbsOwnAdjunct(DependencyTree tree, int token, int verb, int[] source) {
    for (int child : tree.children(verb)) {
      boolean outsideSource = child < source[0] || child > source[1];
      if (outsideSource && (child == token || tree.governs(child, token))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNominal(DependencyTree tree, int i) {
    String pos = tree.token(i).pos();
    return pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ") || pos.equals("POS") || pos.equals("PRP$");
  }

  private static Optional<TextSpan> colonSource(DependencyTree tree, CueMatch cue) {
    int first = tree.sentenceOf(cue.head()).firstToken();
    return TokenRanges.span(tree, first, cue.head() - 1);
  }
}
