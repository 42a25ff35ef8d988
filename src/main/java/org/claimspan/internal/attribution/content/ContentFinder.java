package org.claimspan.internal.attribution.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.attribution.layout.Datelines;
import org.claimspan.internal.cue.CueFinder;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.cue.NounCues;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;

/**
 * Finds what a cue attributes: the clausal complement of a verb ("said (that) ..."), an object
 * with an infinitive ("asked Beijing to end ..."), an "as" phrase ("describes as ..."), the
 * clause around "according to", or the quotation next to the cue ("“...,” he added"). Thread-safe.
 */
public final class ContentFinder {
  /** Share of a content span that quotes must cover for the attribution to count as direct. */
  private static final double DIRECT_COVERAGE = 0.9;

  private static final Set<String> NOTHING = Set.of();
  private static final Set<String> AS = Set.of("as");
  /** Tags that may open a clause right after a cue verb. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("DT", "NNP", "NNPS", "NN", "NNS", "PRP", "PRP$", "JJ", "CD", "EX", "``");
  /** Speech verbs whose object is an addressee or a thing, not what was said ("added 28 firms"). */
  private static final Set<String> NO_OBJECT_CONTENT = Set.of("say", "add", "tell", "write", "post", "text", "read", "speak", "talk", "continue");

  public Optional<ContentCandidate> find(
      DependencyTree tree, CueMatch cue, int[] cueClause, List<QuoteSpan> quotes) {
    Sentence sentence = tree.sentenceOf(cue.head());
    if (cue.form() == CueForm.VERB && cue.last() == cue.head() + 1
        && CueFinder.isMarkerOfSubjectInfinitive(tree, cue.head(), cue.last())) {
      // "called for [a special prosecutor to oversee an investigation]"
      int clause = tree.token(cue.last()).head();
      return TokenRanges.span(tree, cue.last() + 1, tree.subtreeRange(clause, NOTHING)[1])
          .map(span -> classify(tree.text(), span, quotes));
    }
    Optional<TextSpan> opening = OpeningParticiple.content(tree, cue);
    if (opening.isPresent()) {
      return opening.map(span -> classify(tree.text(), span, quotes)); // "After [saying] [he was nervous], the man ..."
    }
    Optional<ContentCandidate> relative = RelativeContent.find(tree, cue, quotes);
    if (relative.isPresent()) {
      return relative; // "[which] officials said [will go into effect next month]"
    }
    boolean endsWithPreposition = tree.hasRelation(cue.last(), "case") || tree.hasRelation(cue.last(), "mark");
    if (cue.form() == CueForm.VERB && cue.last() > cue.head() && endsWithPreposition) {
      // "talked about [the economy]", "was thinking about [using the stadium]": the cue ends with the
      // preposition, its object or clause is the content; but in "“...,” she said of Trump" the
      // quotation is what was said
      Optional<ContentCandidate> quoted = adjacentQuotes(tree, quotableClause(tree, cue, cueClause), quotes);
      if (quoted.isPresent()) {
        return quoted;
      }
      int object = tree.token(cue.last()).head();
      int[] range = tree.subtreeRange(object, NOTHING);
      int end = Math.max(range[1], ObjectReasons.end(tree, cue.head(), range[1]));
      Optional<TextSpan> topic = TokenRanges.span(tree, cue.last() + 1, end);
      return topic.map(span -> classify(tree.text(), span, quotes));
    }
    Optional<TextSpan> answer = cue.form() == CueForm.VERB ? OneWordAnswer.after(tree, cue) : Optional.empty();
    if (answer.isPresent()) {
      // "voters said [yes], and ...": the parser often hangs what follows on the answer; a
      // quotation or question before it is not what "75 percent said [yes]" reports
      return answer.map(span -> classify(tree.text(), span, quotes));
    }
    if (cue.form() == CueForm.VERB && isMainVerb(tree, cue.head()) && !hasClauseAfter(tree, cue.head())) {
      // "“...,” Stenberg said as she accepted her award", "“...,” Ramos said, smiling": the quotation
      // is what was said, not the verb's adverbial or its participle
      Optional<ContentCandidate> quoted = adjacentQuotes(tree, cueClause, quotes);
      if (quoted.isPresent()) {
        return quoted;
      }
    }
    Optional<TextSpan> question = QuestionContent.find(tree, cue);
    if (question.isPresent()) {
      return question.map(span -> classify(tree.text(), span, quotes));
    }
    Optional<TextSpan> clause =
        switch (cue.form()) {
          case VERB -> verbComplement(tree, cue.head(), quotes)
              .map(span -> CutContent.pastComma(tree, sentence, cue, CutContent.pastVerb(tree, sentence, cue, span)));
          case ACCORDING_TO -> remainder(tree, sentence, cueClause, true);
          case COLON -> afterColon(tree, sentence, cue, quotes);
          case NOUN -> Optional.empty(); // found with their content by NounCues
        };
    if (clause.isEmpty() && cue.form() == CueForm.VERB) {
      clause = afterOpeningAs(tree, sentence, cue, cueClause);
    }
    if (clause.isEmpty() && cue.form() == CueForm.VERB && isReportingAside(tree, cue.head())) {
      if (endsClause(tree, sentence, cue.head(), cueClause)) {
        clause = remainder(tree, sentence, cueClause, false);
      }
      Optional<ContentCandidate> around = aroundAside(tree, sentence, cue.head(), cueClause, quotes);
      if (around.isPresent()) {
        return around;
      }
    }
    if (clause.isPresent()) {
      ContentCandidate content = classify(tree.text(), clause.get(), quotes);
      if (content.kind() == AttributionKind.DIRECT) {
        return Optional.of(withOtherHalf(tree, content, cueClause, quotes));
      }
      return Optional.of(withLeadBeforeAside(tree, sentence, content, cueClause, quotes));
    }
    Optional<ContentCandidate> quoted = adjacentQuotes(tree, quotableClause(tree, cue, cueClause), quotes);
    if (quoted.isPresent() || cue.form() != CueForm.VERB) {
      return quoted;
    }
    Optional<TextSpan> topic = laterTopic(tree, cue);
    if (topic.isPresent()) {
      return topic.map(span -> classify(tree.text(), span, quotes));
    }
    Optional<TextSpan> rest = restOfSentence(tree, sentence, cue, cueClause);
    // What one sees ("watched the debate") is rarely a report of a view.
    boolean objectCanReport = cue.cueClass() != CueClass.PERCEPTION;
    if (rest.isEmpty() && objectCanReport && !NO_OBJECT_CONTENT.contains(cue.lemma())) {
      rest = ObjectContent.of(tree, cue).map(span -> CutContent.pastVerb(tree, sentence, cue, span));
    }
    return rest.map(span -> classify(tree.text(), span, quotes));
  }

  /**
   * An "about" phrase of the cue verb after whom it was said to, with its preposition: "is talking
   * to voters [about health care]", "complained to officials since January [about the emblem]".
   * PolNeAR draws the preposition inside such a content (train: 31 contents open with a separated
   * "about"; a cue's adjacent "about" is the cue's own, see CueFinder).
   */
  private static Optional<TextSpan> laterTopic(DependencyTree tree, CueMatch cue) {
    if (cue.form() != CueForm.VERB || cue.last() != cue.head()) {
      return Optional.empty();
    }
    for (int child : tree.children(cue.head())) {
      if (child <= cue.head() + 1 || !tree.hasRelation(child, "obl")) {
        continue;
      }
      int[] range = tree.subtreeRange(child, NOTHING);
      boolean about = range[0] > cue.head() + 1 && tree.token(range[0]).word().equalsIgnoreCase("about")
          && tree.token(range[0]).head() == child;
      if (about) {
        return TokenRanges.span(tree, range[0], range[1]);
      }
    }
    return Optional.empty();
  }

  /**
   * The words whose neighbouring quotes a cue may report: its clause, or only the cue itself for a
   * participle set off after another verb ("“...,” the senator said, citing [low growth]",
   * "..., referring to [the community]"), since the quotation before it is that verb's.
   */
  private static int[] quotableClause(DependencyTree tree, CueMatch cue, int[] cueClause) {
    int governor = tree.token(cue.head()).head();
    boolean participleAside = tree.token(cue.head()).pos().equals("VBG") && cue.first() > 0
        && tree.token(cue.first() - 1).word().equals(",") && governor >= 0 && governor < cue.first()
        && (tree.token(governor).isVerb() || tree.token(governor).isNoun());
    return participleAside ? new int[] {cue.first(), cue.last()} : cueClause;
  }

  /** A quotation and the quote on the cue's other side, if any: "“...,” she said, “...”". */
  private static ContentCandidate withOtherHalf(
      DependencyTree tree, ContentCandidate content, int[] cueClause, List<QuoteSpan> quotes) {
    Optional<ContentCandidate> adjacent = adjacentQuotes(tree, cueClause, quotes);
    if (adjacent.isEmpty()) {
      return content;
    }
    java.util.TreeSet<QuoteSpan> all = new java.util.TreeSet<>(java.util.Comparator.comparing(QuoteSpan::span));
    all.addAll(content.quotes());
    all.addAll(adjacent.get().quotes());
    return ContentCandidate.quotations(tree.text(), new ArrayList<>(all));
  }

  /**
   * Everything after the cue, for a clause the parser missed: "Adelson said much of his
   * discussion was about Israel" parsed with "much" as the object of "said". Taken when the source
   * is before the cue and what follows the cue opens a clause (a noun phrase, a pronoun, "that")
   * and, for a verb with an object, that object is followed by a finite verb.
   */
  private static Optional<TextSpan> restOfSentence(
      DependencyTree tree, Sentence sentence, CueMatch cue, int[] cueClause) {
    int next = cue.last() + 1;
    if (cueClause[1] != cue.last() || next >= sentence.endToken() - 1 || !tree.token(cue.head()).isFiniteVerb()
        || !CLAUSE_OPENERS.contains(tree.token(next).pos())) {
      return Optional.empty();
    }
    int object = tree.child(cue.head(), "obj");
    if (object > cue.head()) {
      int after = tree.subtreeRange(object, NOTHING)[1] + 1;
      // the verb after the object is a missed clause's, unless the cue hangs from it ("The senator
      // who criticized the plan said ...")
      boolean clauseMissed = after < sentence.endToken() && tree.token(after).isFiniteVerb()
          && !tree.governs(after, cue.head());
      if (!clauseMissed && !NO_OBJECT_CONTENT.contains(cue.lemma())) {
        return Optional.empty();
      }
      if (!clauseMissed && !cue.lemma().equals("say") && tree.subtreeRange(object, NOTHING)[1] + 1 >= sentence.endToken() - 1) {
        return Optional.empty(); // "added 28 firms." is an object, not a statement; "says X" is one
      }
    }
    return TokenRanges.span(tree, next, sentence.endToken() - 1);
  }

  /**
   * What follows a headline colon, unless a quotation does and nothing else follows it (then the
   * quotation is the content) or the colon ends a clause with a verb ("listed his guilty pleasure:
   * “...” — and ...").
   */
  private static Optional<TextSpan> afterColon(DependencyTree tree, Sentence sentence, CueMatch cue, List<QuoteSpan> quotes) {
    int next = cue.head() + 1;
    if (next >= sentence.endToken()) {
      return Optional.empty();
    }
    Optional<TextSpan> rest = TokenRanges.span(tree, next, sentence.endToken() - 1);
    if (QuoteMarks.isQuoteToken(tree.token(next).word())) {
      // "she said: “...”" is the quotation's (adjacentQuotes); but in the headline "Ryan:
      // ‘Anti-Semitic Images’ Have ‘No Place In A Campaign’" the writer's words go on after it
      for (int i = sentence.firstToken(); i < cue.head(); i++) {
        if (tree.token(i).isVerb()) {
          return Optional.empty();
        }
      }
      int quoteBegin = tree.token(next).begin();
      boolean wordsAfterQuote = rest.isPresent() && quotes.stream().anyMatch(quote -> quote.span().begin() == quoteBegin
          && quote.span().end() < rest.get().end()
          && tree.text().substring(quote.span().end(), rest.get().end()).chars().anyMatch(Character::isLetterOrDigit));
      return wordsAfterQuote ? rest : Optional.empty();
    }
    return rest;
  }

  /** The complement of a cue verb, if its parse has one. */
  private static Optional<TextSpan> verbComplement(DependencyTree tree, int verb, List<QuoteSpan> quotes) {
    int ccomp = tree.child(verb, "ccomp");
    int ccompAfter = complementAfter(tree, verb);
    if (ccompAfter >= 0) {
      // the one after the verb even when the parser gave it a second one before ("Like other owners
      // who [foresee] an upside, Mr. Reyes said [he was building] ...")
      return subtree(tree, ccompAfter, quotes);
    }
    Optional<TextSpan> afterAddressee = clauseAfterObject(tree, verb, quotes);
    if (afterAddressee.isPresent()) {
      return afterAddressee;
    }
    int xcomp = tree.child(verb, "xcomp");
    // "are expected to meet" and "will continue to play" report nobody
    boolean raising = tree.child(verb, "aux:pass") >= 0 || tree.token(verb).lemma().equals("continue");
    // "“...,” said Devine": a name the tagger took for an adjective is the source, not a complement
    boolean name = xcomp >= 0 && TokenRanges.isNamedByTagger(tree.token(xcomp));
    if (xcomp >= 0 && xcomp > verb && !raising && !name && !tree.token(xcomp).pos().startsWith("VBN")) {
      int object = tree.child(verb, "obj");
      int[] range = tree.subtreeRange(xcomp, NOTHING);
      int first = object >= 0 && object > verb && object < range[0] ? tree.subtreeRange(object, NOTHING)[0] : range[0];
      return TokenRanges.span(tree, first, range[1]);
    }
    int gerund = verb + 1;
    if (gerund < tree.size() && tree.token(gerund).head() == verb && tree.hasRelation(gerund, "dep")
        && tree.token(gerund).pos().equals("VBG")) {
      return subtree(tree, gerund, quotes); // "reported [having $1.3 million in cash]", the gerund left unlabelled
    }
    for (int child : tree.children(verb)) {
      int as = tree.childWord(child, AS);
      if (child > verb && as >= 0 && as < child) {
        // "described [the demonstrations as largely peaceful]": PolNeAR's content holds the object
        // and "as" (train: 180 matched pairs start at the object, 5 at "as", 11 after it)
        int object = tree.child(verb, "obj");
        int first = object > verb && object < as ? tree.subtreeRange(object, NOTHING)[0] : as + 1;
        return TokenRanges.span(tree, first, tree.subtreeRange(child, NOTHING)[1]);
      }
    }
    if (ccomp >= 0) {
      return subtree(tree, ccomp, quotes); // "the economy is weak, she said" parsed with a left ccomp
    }
    return Optional.empty();
  }

  /** The verb's first clausal complement after it, or -1. */
  private static int complementAfter(DependencyTree tree, int verb) {
    for (int child : tree.children(verb)) {
      if (child > verb && tree.hasRelation(child, "ccomp")) {
        return child;
      }
    }
    return -1;
  }

  /**
   * Verbs that tell somebody something: the object is the person told, the clause after it what
   * ("the campaign pledges [he's been making]" after "reiterated" is a relative clause instead).
   */
  private static final Set<String> TELLING = Set.of("tell", "assure", "reassure", "remind", "show", "warn", "inform",
      "promise", "convince", "persuade", "notify", "advise", "caution", "teach", "bet");

  /**
   * A clause right after the object of a verb of telling that the parser made a parataxis, not a
   * complement: "assured [voters] [he would force Mexico to pay]", "would show [voters] [he is
   * serious]". It needs its own subject and to start right after the object, which keeps out the
   * "“...,” he said" and the parenthesis the parser also joins as parataxis.
   */
  private static Optional<TextSpan> clauseAfterObject(DependencyTree tree, int verb, List<QuoteSpan> quotes) {
    int object = tree.child(verb, "obj");
    if (object < verb || !TELLING.contains(tree.token(verb).lemma())) {
      return Optional.empty();
    }
    int objectEnd = tree.subtreeRange(object, NOTHING)[1];
    for (int child : tree.children(verb)) {
      if (tree.hasRelation(child, "parataxis") && child > objectEnd && tree.child(child, "nsubj") > objectEnd
          && tree.subtreeRange(child, NOTHING)[0] == objectEnd + 1 && !tree.token(objectEnd + 1).isPunctuation()) {
        return subtree(tree, child, quotes);
      }
    }
    return Optional.empty();
  }

  /** Relations of a verb that heads its own clause rather than hanging on another verb as a participle or infinitive. */
  private static final Set<String> MAIN_VERB_RELATIONS = Set.of("root", "parataxis", "ccomp", "conj");

  /**
   * Whether a finite verb heads its clause: "said" in "“...,” Ramos said, smiling", not the
   * participle in "..., referring to [the community]".
   */
  private static boolean isMainVerb(DependencyTree tree, int verb) {
    return tree.token(verb).isFiniteVerb() && MAIN_VERB_RELATIONS.contains(tree.token(verb).relation());
  }

  /** Whether the verb has a clausal complement after it: "said [that ...]". */
  private static boolean hasClauseAfter(DependencyTree tree, int verb) {
    int ccomp = tree.child(verb, "ccomp");
    return ccomp > verb;
  }

  private static Optional<TextSpan> subtree(DependencyTree tree, int head, List<QuoteSpan> quotes) {
    int[] range = tree.subtreeRange(head, NOTHING);
    return TokenRanges.span(tree, range[0], range[1]);
  }

  /**
   * A cue verb hung on the clause it reports: "The plan failed, officials said." The parser
   * attaches it as parataxis, as the root, or (wrongly, but often) as a complement or bare dependent of the
   * reported clause's verb to its left.
   */
  private static boolean isReportingAside(DependencyTree tree, int verb) {
    String relation = tree.token(verb).relation();
    return relation.equals("parataxis")
        || relation.equals("root")
        || (relation.equals("ccomp") || relation.equals("dep")) && tree.token(verb).head() < verb
        || misattachedAside(tree, verb, relation);
  }

  /**
   * "Manafort travels often, several friends said." parsed with "said" as a conjunct or adverbial
   * clause of the verb to its left (often with a far-away "and" or "if" of the reported clause
   * hung on it): an aside all the same when a comma or dash sets its subject off and no word joins
   * it to the clause before ("..., and she said", "as she said").
   */
  private static boolean misattachedAside(DependencyTree tree, int verb, String relation) {
    int subject = tree.child(verb, "nsubj");
    if (!(relation.equals("conj") || relation.equals("advcl")) || tree.token(verb).head() > verb
        || subject < 0 || subject > verb) {
      return false;
    }
    int mark = tree.subtreeRange(subject, NOTHING)[0] - 1;
    if (mark <= tree.sentenceOf(verb).firstToken() || !isAsideMark(tree, mark)) {
      return false;
    }
    for (int child : tree.children(verb)) {
      if (child > mark && child < verb && (tree.hasRelation(child, "cc") || tree.hasRelation(child, "mark"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The two halves of a sentence around a parenthetical cue, "This campaign, he says [on
   * Tuesday], is different", as one content in two parts; only the first when the cue's own participle follows
   * it ("[Ryan and Trump will meet next week], Spicer said, adding, “...”": what is added is the
   * participle's content).
   */
  private static Optional<ContentCandidate> aroundAside(
      DependencyTree tree, Sentence sentence, int verb, int[] cueClause, List<QuoteSpan> quotes) {
    int before = cueClause[0] - 1;
    int after = afterOwnAdjuncts(tree, verb, cueClause[1] + 1); // "he said [on Tuesday],"
    if (before <= sentence.firstToken() || after >= sentence.endToken() - 1
        || !isAsideMark(tree, before) || !isAsideMark(tree, after)) {
      return Optional.empty();
    }
    Optional<TextSpan> first = TokenRanges.span(tree, sentence.firstToken(), before);
    if (first.isPresent() && isParticipleOf(tree, after + 1, verb) && hasFiniteVerb(tree, sentence.firstToken(), before)) {
      return first.map(span -> classify(tree.text(), span, quotes));
    }
    Optional<TextSpan> second = TokenRanges.span(tree, after, sentence.endToken() - 1);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    TextSpan whole = TextSpan.of(tree.text(), first.get().begin(), second.get().end());
    ContentCandidate kind = classify(tree.text(), whole, quotes);
    if (kind.kind() == AttributionKind.DIRECT) {
      return Optional.of(kind);
    }
    return Optional.of(new ContentCandidate(whole, List.of(first.get(), second.get()), kind.quotes(), kind.kind()));
  }

  /**
   * A clause after a parenthetical cue with the words before the cue as its first part: "Instead,
   * she said, [her boss told her ...]" is drawn "Instead ... her boss told her ...". PolNeAR does
   * so when neither side is quoted (train: 67 of 85 matched pairs; with a quote after the cue it
   * mostly leaves the lead out). Unchanged when the cue is not set off by commas or dashes.
   */
  private static ContentCandidate withLeadBeforeAside(
      DependencyTree tree, Sentence sentence, ContentCandidate content, int[] cueClause, List<QuoteSpan> quotes) {
    int before = cueClause[0] - 1;
    int after = cueClause[1] + 1;
    if (before <= sentence.firstToken() || after >= sentence.endToken() || !isAsideMark(tree, before)
        || !isAsideMark(tree, after) || content.span().begin() < tree.token(after).end()) {
      return content;
    }
    Optional<TextSpan> lead = TokenRanges.span(tree, sentence.firstToken(), before);
    if (lead.isEmpty() || quotes.stream().anyMatch(quote -> quote.span().overlaps(lead.get()))) {
      return content;
    }
    List<TextSpan> parts = new ArrayList<>();
    parts.add(lead.get());
    parts.addAll(content.parts());
    TextSpan whole = TextSpan.of(tree.text(), lead.get().begin(), content.span().end());
    return new ContentCandidate(whole, parts, content.quotes(), content.kind());
  }

  /** Whether {@code token} is a present participle that hangs on {@code verb}: "said, [adding] ...". */
  private static boolean isParticipleOf(DependencyTree tree, int token, int verb) {
    return token < tree.size() && tree.token(token).pos().equals("VBG") && tree.token(token).head() == verb;
  }

  private static boolean hasFiniteVerb(DependencyTree tree, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (tree.token(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsideMark(DependencyTree tree, int token) {
    String word = tree.token(token).word();
    return word.equals(",") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
  }

  /** Whether only punctuation, or a comma and more, follows the cue's clause in its sentence. */
  private static boolean endsClause(DependencyTree tree, Sentence sentence, int verb, int[] cueClause) {
    int next = cueClause[1] + 1;
    int before = cueClause[0] - 1;
    if (next < sentence.endToken() && !tree.token(next).isPunctuation() && before > sentence.firstToken()
        && isAsideMark(tree, before) && followsItsClause(tree, verb)) {
      // an aside set off from the clause before it, its when and where after it
      next = afterOwnAdjuncts(tree, verb, next);
      return next >= sentence.endToken() - 1;
    }
    return next >= sentence.endToken() || tree.token(next).isPunctuation();
  }

  /**
   * Whether a cue verb comes after the clause it reports, as an aside hung on that clause or as the
   * root with the clause as its unmarked dependent ("The pilot had logged 6,300 hours, the airline
   * said"); not after a condition ("If she wins, the senator suggested in a tweet, ...").
   */
  private static boolean followsItsClause(DependencyTree tree, int verb) {
    int head = tree.token(verb).head();
    if (tree.hasRelation(verb, "parataxis")) {
      return head >= 0 && head < verb;
    }
    if (head >= 0) {
      return false;
    }
    for (int child : tree.children(verb)) {
      String relation = tree.token(child).relation();
      boolean clause = relation.equals("advcl") || relation.equals("ccomp") || relation.equals("parataxis");
      if (child < verb && clause && tree.child(child, "mark") < 0) {
        return true;
      }
    }
    return false;
  }

  /** Relations of a cue verb's when and where: "..., the airline said [on Thursday]." */
  private static final Set<String> ADJUNCTS = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod");

  /**
   * The first token from {@code next} on that is not in one of the verb's own adjuncts right after
   * it: "Prices rose, the agency said [on Monday]." still ends the clause after the adjunct.
   */
  private static int afterOwnAdjuncts(DependencyTree tree, int verb, int next) {
    for (int child : tree.children(verb)) {
      if (child >= next && ADJUNCTS.contains(tree.token(child).relation())) {
        int[] range = tree.subtreeRange(child, NOTHING);
        if (range[0] == next) {
          next = range[1] + 1;
        }
      }
    }
    return next;
  }

  /** Verbs whose sentence-opening "as" clause tells when, not what: "As Blumenthal spoke, ...". */
  private static final Set<String> WHILE_SPEAKING = Set.of("speak", "talk");

  /**
   * The main clause after a sentence-opening "as" clause of the cue: "As The Washington Post
   * reported, [even if Sanders split the delegates, he would need 55 percent]". The parser hangs
   * such a clause on the main clause's verb, so the cue has no complement of its own.
   */
  private static Optional<TextSpan> afterOpeningAs(DependencyTree tree, Sentence sentence, CueMatch cue, int[] cueClause) {
    int first = sentence.firstToken();
    int comma = cueClause[1] + 1;
    if (!tree.token(first).word().equalsIgnoreCase("as") || tree.token(first).head() != cue.head()
        || WHILE_SPEAKING.contains(cue.lemma())
        || !tree.hasRelation(first, "mark") || comma >= sentence.endToken() || !tree.token(comma).word().equals(",")) {
      return Optional.empty();
    }
    return TokenRanges.span(tree, comma + 1, sentence.endToken() - 1);
  }

  /**
   * The sentence without the cue's own clause: the larger of the parts before and after it, or
   * with {@code eitherSide} false only the part before it.
   */
  private static Optional<TextSpan> remainder(
      DependencyTree tree, Sentence sentence, int[] cueClause, boolean eitherSide) {
    Optional<TextSpan> before = TokenRanges.span(tree, sentence.firstToken(), cueClause[0] - 1);
    Optional<TextSpan> after = TokenRanges.span(tree, cueClause[1] + 1, sentence.endToken() - 1);
    if (!eitherSide) {
      return before.filter(span -> TokenRanges.wordCount(span) >= 3);
    }
    int beforeLength = before.map(TextSpan::length).orElse(0);
    int afterLength = after.map(TextSpan::length).orElse(0);
    return beforeLength >= afterLength ? before : after;
  }

  /**
   * Quotes right next to the cue's clause, with nothing but commas, colons, dashes and spaces
   * between (never a sentence's end or a line break):
   * "“...,” he added", "she said: “...”", and both halves of "“...,” she said, “...”".
   */
  private static Optional<ContentCandidate> adjacentQuotes(
      DependencyTree tree, int[] cueClause, List<QuoteSpan> quotes) {
    String text = tree.text();
    int clauseBegin = tree.token(cueClause[0]).begin();
    int clauseEnd = tree.token(cueClause[1]).end();
    int sentenceBegin = tree.sentenceOf(cueClause[0]).begin();
    List<QuoteSpan> near = new ArrayList<>();
    for (QuoteSpan quote : quotes) {
      // "“... terrorism.” Trump said the ...": a quote that ends the sentence before is not this cue's
      boolean before = quote.span().end() <= clauseBegin && !endsSentenceBefore(text, quote, sentenceBegin)
          && onlyPunctuation(text, quote.span().end(), clauseBegin);
      boolean after = quote.span().begin() >= clauseEnd && (onlyPunctuation(text, clauseEnd, quote.span().begin())
          || introducedByColon(text, clauseEnd, quote.span().begin()));
      if (before || after) {
        near.add(quote);
      }
    }
    if (near.isEmpty()) {
      return Optional.empty();
    }
    Optional<ContentCandidate> led = withLeadIn(text, sentenceBegin, near, clauseBegin, quotes);
    return led.isPresent() ? led : Optional.of(ContentCandidate.quotations(text, near));
  }

  /**
   * The quotations before a cue with the words that open their sentence, "[The people of Scranton
   * and towns like it “deserve someone who's with them,”] said the man", "[Trump and his team are
   * “rapidly learning ...,”] Gingrich said": the quotation finishes a clause the writer began (train:
   * PolNeAR starts 151 such contents at the sentence's start, about 20 at the quotation; an opening
   * adverbial such as "Behind the scenes," is kept as often as not, so it stays). Not when only a
   * phrase set off by a comma or a colon comes before the quotation ("In a statement, “...”"), nor
   * over another quotation or a dateline.
   */
  private static Optional<ContentCandidate> withLeadIn(
      String text, int sentenceBegin, List<QuoteSpan> near, int clauseBegin, List<QuoteSpan> quotes) {
    QuoteSpan first = near.get(0);
    if (first.span().end() > clauseBegin || first.span().begin() <= sentenceBegin) {
      return Optional.empty();
    }
    TextSpan lead = Datelines.without(text, TextSpan.of(text, sentenceBegin, first.span().begin()));
    String words = lead.text().strip();
    boolean opener = words.endsWith(",") || words.endsWith(":") || words.endsWith("—") || words.endsWith("-");
    if (words.isEmpty() || opener || !words.chars().anyMatch(Character::isLetter)
        || holdsQuoteMark(words)) {
      return Optional.empty();
    }
    int begin = lead.begin() + lead.text().indexOf(words);
    while (begin < first.span().begin() && !Character.isLetterOrDigit(text.charAt(begin))) {
      begin++; // "([The French] ...": an opening parenthesis
    }
    QuoteSpan last = near.stream().filter(quote -> quote.span().end() <= clauseBegin).reduce((a, b) -> b).orElse(first);
    return Optional.of(classify(text, TextSpan.of(text, begin, last.span().end()), quotes));
  }

  /**
   * Whether a quote ends with a full stop in an earlier sentence than the cue's: "“... terrorism.”
   * Trump said the ...". A question or exclamation mark ends no sentence before its cue ("“Why?” he
   * asked"), whatever the sentence splitter made of it.
   */
  private static boolean endsSentenceBefore(String text, QuoteSpan quote, int sentenceBegin) {
    String content = text.substring(quote.content().begin(), quote.content().end()).strip();
    return quote.span().end() <= sentenceBegin && content.endsWith(".");
  }

  /** Longest stretch, in characters, of a colon and the line break after it before a quotation. */
  private static final int COLON_GAP = 6;

  /**
   * Whether only a colon and white space, line breaks included, lie between a cue and a quotation:
   * "The governor declared:\n“We will not raise taxes.”" (the quotation its own paragraph).
   */
  private static boolean introducedByColon(String text, int begin, int end) {
    return end - begin <= COLON_GAP && text.substring(begin, end).strip().equals(":");
  }

  private static boolean onlyPunctuation(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
        return false; // a sentence or paragraph boundary: the quote belongs to another sentence
      }
    }
    return end - begin <= 4;
  }

  /**
   * Whether words come before a clause's first quotation, "said [that “...”]", "[he wants “a total
   * and complete shutdown ...”]": the writer's own words make the content mixed however long the
   * quotation (PolNeAR keeps them; train: 39 matched pairs cut to the quote started at "that").
   */
  private static boolean opensWithWords(String text, TextSpan clause, QuoteSpan first) {
    for (int i = clause.begin(); i < first.span().begin(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text holds a quotation mark other than an apostrophe inside a word ("Trump's"). */
  private static boolean holdsQuoteMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      boolean apostrophe = i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1));
      if (QuoteMarks.isAnyQuoteMark(text.charAt(i)) && !apostrophe) {
        return true;
      }
    }
    return false;
  }

  /** Decides the kind of a clause content from the quotes inside it. */
  public static ContentCandidate classify(String text, TextSpan fullClause, List<QuoteSpan> quotes) {
    TextSpan clause = Datelines.without(text, fullClause);
    List<QuoteSpan> inside = new ArrayList<>();
    int covered = 0;
    for (QuoteSpan quote : quotes) {
      if (quote.span().overlaps(clause)) {
        inside.add(quote);
        covered += Math.min(quote.span().end(), clause.end()) - Math.max(quote.span().begin(), clause.begin());
      }
    }
    if (inside.isEmpty()) {
      return ContentCandidate.whole(clause, List.of(), AttributionKind.INDIRECT);
    }
    if (covered >= DIRECT_COVERAGE * clause.length() && !opensWithWords(text, clause, inside.get(0))) {
      return ContentCandidate.quotations(text, inside);
    }
    clause = toQuotationEnd(text, clause, inside.get(inside.size() - 1));
    return ContentCandidate.whole(clause, inside, AttributionKind.MIXED);
  }

  /** Longest stretch, in characters, a content is run on to the end of its last quotation. */
  private static final int MAX_QUOTATION_RUN_ON = 400;

  /**
   * A mixed clause whose last quotation goes on past it, run on to the quotation's last word: 'said
   * that “ethanol people” “do a fantastic job. And it’s so important.”' (the parse ended the clause
   * at the quotation's first full stop). Only over words, not past a line break or a few sentences;
   * a quotation that ends where the clause does (its closing mark and full stop) changes nothing.
   */
  private static TextSpan toQuotationEnd(String text, TextSpan clause, QuoteSpan last) {
    if (last.closed() && last.span().begin() > clause.begin() && last.span().end() > clause.end()
        && isShortPunctuation(text.substring(Math.min(clause.end(), last.content().end()), last.content().end()))) {
      // "calling him a “loser.”": the parse ends the clause at the word, inside the quotation
      return TextSpan.of(text, clause.begin(), last.span().end());
    }
    int end = last.content().end();
    while (end > clause.end() && TokenRanges.isTrailingPunctuation(text.charAt(end - 1))) {
      end--;
    }
    if (!last.closed() || last.span().begin() <= clause.begin() || end <= clause.end()
        || end - clause.end() > MAX_QUOTATION_RUN_ON) {
      return clause;
    }
    String runOn = text.substring(clause.end(), end);
    if (runOn.indexOf('\n') >= 0 || runOn.chars().noneMatch(Character::isLetterOrDigit)) {
      return clause;
    }
    return TextSpan.of(text, clause.begin(), end);
  }

  /** Whether a stretch holds at most a few marks of punctuation and no line break: ",", ".". */
  private static boolean isShortPunctuation(String stretch) {
    return stretch.length() <= 3 && stretch.chars().allMatch(c -> !Character.isLetterOrDigit(c) && c != '\n' && c != '\r');
  }
}
