package org.claimspan.internal.attribution.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.attribution.content.ContentFinder;
import org.claimspan.internal.attribution.content.OneWordAnswer;
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
 * Finds what a cue attributes from part-of-speech patterns and sentence boundaries, for text
 * without a parse: a quotation next to the cue ("“...,” he added", "she said: “...”"), the rest of
 * the sentence after a cue verb ("said (that) CLAUSE", "urged Beijing to end ..."), the sentence
 * before a closing cue ("The plan failed, officials said"), both halves around a parenthetical one
 * ("This campaign, he says, is different"), and the larger side of "according to". Contents end
 * at the sentence's end. Stateless and thread-safe.
 */
public final class PatternContentFinder {
  /** Words that open a reported clause right after the cue. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "whether", "if", "how", "why", "what", "when", "where", "who");
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("DT", "NNP", "NNPS", "NN", "NNS", "PRP", "PRP$", "JJ", "CD", "EX", "``", "RB");
  /** Speech verbs whose object is an addressee or a thing, not what was said ("added 28 firms"). */
  private static final Set<String> NO_OBJECT_CONTENT =
      Set.of("say", "add", "tell", "write", "post", "text", "read", "speak", "talk", "continue");
  /** Verbs whose first object is who is addressed: "told reporters that ...". */
  private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "warn", "remind", "assure", "inform", "convince", "promise", "show");
  /** How far a time or place phrase may sit between the verb and "that": "said on Monday that". */
  private static final int PHRASE_BEFORE_THAT = 8;

  public Optional<ContentCandidate> find(DependencyTree tree, CueMatch cue, int[] cueClause, List<QuoteSpan> quotes) {
    Sentence sentence = tree.sentenceOf(cue.head());
    return switch (cue.form()) {
      case COLON -> adjacentQuotes(tree, cueClause, quotes, false, true)
          .or(() -> clause(tree, cue.head() + 1, sentence, quotes));
      case ACCORDING_TO -> accordingTo(tree, sentence, cueClause, quotes);
      case VERB -> verbContent(tree, cue, cueClause, sentence, quotes);
      case NOUN -> Optional.empty(); // noun cues need a parse
    };
  }

  private Optional<ContentCandidate> verbContent(
      DependencyTree tree, CueMatch cue, int[] cueClause, Sentence sentence, List<QuoteSpan> quotes) {
    Optional<ContentCandidate> after = adjacentQuotes(tree, cueClause, quotes, false, true);
    if (after.isPresent()) {
      return Optional.of(withOtherHalf(tree, after.get(), cueClause, quotes));
    }
    int before = cueClause[0] - 1;
    int next = cueClause[1] + 1;
    boolean closesSentence = next >= sentence.endToken() || isEnd(tree.token(next));
    boolean closesAfterAdjunct = closesSentence || onlyAdjunctToEnd(tree, next, sentence);
    boolean aside = next < sentence.endToken() - 1 && isAsideMark(tree.token(next));
    boolean openedByMark = before >= sentence.firstToken()
        && (isAsideMark(tree.token(before)) || QuoteMarks.isQuoteToken(tree.token(before).word()));
    if (closesSentence && !openedByMark) {
      // "“...,” he said." split by the sentence detector after the quote: the quote is still its content
      Optional<ContentCandidate> quoted = adjacentQuotes(tree, cueClause, quotes, true, false);
      if (quoted.isPresent()) {
        return quoted;
      }
    }
    if (openedByMark && (closesAfterAdjunct || aside)) {
      Optional<ContentCandidate> quoted = adjacentQuotes(tree, cueClause, quotes, true, false);
      if (quoted.isPresent()) {
        return quoted;
      }
      if (aside && tree.token(before).word().equals(",")) {
        return aroundAside(tree, sentence, cueClause, quotes);
      }
      return clause(tree, sentence.firstToken(), before - 1, quotes).filter(c -> TokenRanges.wordCount(c.span()) >= 3);
    }
    if (openedByMark && next < sentence.endToken() && thatWithin(tree, next, sentence) < 0
        && (!hasFiniteVerb(tree, next, sentence.endToken()) || opensAdjunct(tree.token(next)))) {
      // "“...,” Trump told a crowd in Green Bay.", "“...,” he said after Nabisco announced ...": the
      // rest of the clause says to whom, where, when, how
      Optional<ContentCandidate> quoted = adjacentQuotes(tree, cueClause, quotes, true, false);
      if (quoted.isPresent()) {
        return quoted;
      }
    }
    Optional<TextSpan> answer = OneWordAnswer.after(tree, cue);
    if (answer.isPresent()) {
      return answer.map(span -> ContentFinder.classify(tree.text(), span, quotes)); // "half said [so]"
    }
    return forwardClause(tree, cue, next, sentence, quotes);
  }

  /** What follows the cue verb in its sentence, when it reads as a clause or an object. */
  private static Optional<ContentCandidate> forwardClause(
      DependencyTree tree, CueMatch cue, int next, Sentence sentence, List<QuoteSpan> quotes) {
    if (next >= sentence.endToken() - 1) {
      return Optional.empty();
    }
    int that = thatWithin(tree, next, sentence);
    if (that >= 0) {
      return clause(tree, that, sentence, quotes); // PolNeAR keeps the leading "that"
    }
    Token first = tree.token(next);
    String lower = first.word().toLowerCase(Locale.ROOT);
    if (ADDRESSEE_VERBS.contains(cue.lemma())) {
      int object = NounPhrases.endStartingAt(tree, next);
      if (object >= 0 && object + 1 < sentence.endToken() - 1) {
        next = object + 1; // "told reporters he would stay": what was told starts after the addressee
        first = tree.token(next);
        lower = first.word().toLowerCase(Locale.ROOT);
      }
    }
    if (CLAUSE_WORDS.contains(lower)) {
      return clause(tree, next, sentence, quotes);
    }
    int afterAdjunct = afterAdjunct(tree, next, sentence);
    if (afterAdjunct > next && afterAdjunct < sentence.endToken() - 1
        && CLAUSE_OPENERS.contains(tree.token(afterAdjunct).pos()) && !isEnd(tree.token(afterAdjunct))
        && hasFiniteVerb(tree, afterAdjunct, sentence.endToken())) {
      return clause(tree, afterAdjunct, sentence, quotes); // "said on Friday [he met Trump this week]"
    }
    if (first.pos().equals("VBG") && hasFiniteVerb(tree, next + 1, sentence.endToken())) {
      return clause(tree, next, sentence, quotes); // "said [legalizing it could put thousands to work]"
    }
    if (!CLAUSE_OPENERS.contains(first.pos()) && !first.pos().equals("TO")) {
      return Optional.empty();
    }
    boolean objectCanReport = cue.cueClass() != CueClass.PERCEPTION && !NO_OBJECT_CONTENT.contains(cue.lemma());
    // "said" takes a bare clause far more often than "added" does ("added 28 firms to a blacklist")
    boolean clause = cue.lemma().equals("say") ? hasFiniteVerb(tree, next, sentence.endToken()) : opensClause(tree, next, sentence);
    if (!objectCanReport && !clause) {
      return Optional.empty(); // "added 28 firms to a blacklist", "said Monday": no statement follows
    }
    return clause(tree, next, sentence, quotes);
  }

  /** Whether a token opens a phrase of time or place: a preposition or a word of time ("Thursday"). */
  private static boolean opensAdjunct(Token token) {
    String lower = token.word().toLowerCase(Locale.ROOT);
    boolean preposition = token.pos().equals("IN") && !CLAUSE_WORDS.contains(lower);
    return preposition || ADJUNCT_OPENERS.contains(lower);
  }

  /**
   * The token after a short time or place phrase starting at {@code next} ("on Friday", "Thursday",
   * "in a statement"), or {@code next} itself when none starts there.
   */
  private static int afterAdjunct(DependencyTree tree, int next, Sentence sentence) {
    Token first = tree.token(next);
    if (!opensAdjunct(first)) {
      return next;
    }
    if (!first.pos().equals("IN")) {
      int end = next + 1; // "Thursday", "last week"
      while (end < sentence.endToken() && end - next < MAX_ADJUNCT && tree.token(end).isNoun()
          && !ADJUNCT_OPENERS.contains(tree.token(end).word().toLowerCase(Locale.ROOT))) {
        end++;
      }
      return first.isNoun() || end > next + 1 ? end : next;
    }
    int last = next + 1 < sentence.endToken() ? NounPhrases.endStartingAt(tree, next + 1) : -1;
    return last < 0 || last - next > MAX_ADJUNCT ? next : last + 1;
  }

  /**
   * Whether the words from {@code next} read as a clause: a finite verb right after the noun phrase
   * that opens them ("said [28 people] died"), or anywhere after when no noun phrase opens them. Not
   * "added [28 firms] to a blacklist", where a tagging slip further on ("blacklist/VBP") made a verb.
   */
  private static boolean opensClause(DependencyTree tree, int next, Sentence sentence) {
    int subjectEnd = NounPhrases.endStartingAt(tree, next);
    if (subjectEnd < 0) {
      return hasFiniteVerb(tree, next, sentence.endToken());
    }
    int verb = PatternSourceFinder.skipAdverbsRight(tree, subjectEnd + 1, sentence.endToken());
    return verb < sentence.endToken() && hasFiniteVerb(tree, verb, verb + 1);
  }

  /** A "that" right after the verb or after a short time or place phrase ("said on Monday that"), or -1. */
  private static int thatWithin(DependencyTree tree, int next, Sentence sentence) {
    for (int i = next; i < sentence.endToken() && i < next + PHRASE_BEFORE_THAT; i++) {
      Token token = tree.token(i);
      if (token.word().equalsIgnoreCase("that") && !token.pos().equals("DT")) {
        return i;
      }
      if (i == next && token.word().equalsIgnoreCase("that")) {
        return i; // the tagger may read a complementiser as a determiner
      }
      if (token.isVerb() || QuoteMarks.isQuoteToken(token.word()) || isEnd(token)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a finite verb follows in the sentence: "said [much of it was about Israel]". A pronoun
   * the tokenizer kept whole with its auxiliary ("he's") counts as one.
   */
  private static boolean hasFiniteVerb(DependencyTree tree, int from, int end) {
    for (int i = from; i < end; i++) {
      Token token = tree.token(i);
      boolean contraction = token.isPronoun() && (token.word().contains("'") || token.word().contains("’"));
      if (token.isFiniteVerb() || contraction) {
        return true;
      }
    }
    return false;
  }

  /** Longest when-or-where phrase, in tokens, between a cue and its sentence's end. */
  private static final int MAX_ADJUNCT = 6;
  /** Words other than prepositions that open a phrase of time: "said [Thursday]", "said [last week]". */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "last", "this", "earlier", "later");
  /** Tags of a short when-or-where phrase: "on Thursday", "in a statement", "last week". */
  private static final Set<String> ADJUNCT_TAGS = Set.of("IN", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP$", "POS");

  /**
   * Whether the rest of the sentence from {@code next} is only a short phrase of time, place or
   * medium before its final mark: "..., the airline said [on Thursday].", "said [in a statement]."
   */
  private static boolean onlyAdjunctToEnd(DependencyTree tree, int next, Sentence sentence) {
    int end = sentence.endToken() - 1;
    if (next >= end || !isEnd(tree.token(end)) || end - next > MAX_ADJUNCT) {
      return false;
    }
    if (!opensAdjunct(tree.token(next))) {
      return false; // "he barely mentioned [climate change]": an object, not when or where
    }
    for (int i = next; i < end; i++) {
      if (!ADJUNCT_TAGS.contains(tree.token(i).pos())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEnd(Token token) {
    String word = token.word();
    return word.equals(".") || word.equals("?") || word.equals("!");
  }

  private static boolean isAsideMark(Token token) {
    String word = token.word();
    return word.equals(",") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
  }

  /** The sentence from {@code first} to its end, typed by the quotes inside it. */
  private static Optional<ContentCandidate> clause(DependencyTree tree, int first, Sentence sentence, List<QuoteSpan> quotes) {
    return clause(tree, first, sentence.endToken() - 1, quotes);
  }

  private static Optional<ContentCandidate> clause(DependencyTree tree, int first, int last, List<QuoteSpan> quotes) {
    if (first > last) {
      return Optional.empty();
    }
    return TokenRanges.span(tree, first, last).map(span -> ContentFinder.classify(tree.text(), span, quotes));
  }

  /** The larger side of "according to X": the clause it reports. */
  private static Optional<ContentCandidate> accordingTo(
      DependencyTree tree, Sentence sentence, int[] cueClause, List<QuoteSpan> quotes) {
    Optional<TextSpan> before = TokenRanges.span(tree, sentence.firstToken(), cueClause[0] - 1);
    Optional<TextSpan> after = TokenRanges.span(tree, cueClause[1] + 1, sentence.endToken() - 1);
    int beforeLength = before.map(TextSpan::length).orElse(0);
    int afterLength = after.map(TextSpan::length).orElse(0);
    Optional<TextSpan> larger = beforeLength >= afterLength ? before : after;
    return larger.map(span -> ContentFinder.classify(tree.text(), span, quotes));
  }

  /** Both halves of a sentence around a parenthetical cue, as one content in two parts. */
  private static Optional<ContentCandidate> aroundAside(
      DependencyTree tree, Sentence sentence, int[] cueClause, List<QuoteSpan> quotes) {
    Optional<TextSpan> first = TokenRanges.span(tree, sentence.firstToken(), cueClause[0] - 1);
    Optional<TextSpan> second = TokenRanges.span(tree, cueClause[1] + 1, sentence.endToken() - 1);
    if (first.isEmpty() || second.isEmpty() || TokenRanges.wordCount(first.get()) < 2) {
      return Optional.empty();
    }
    TextSpan whole = TextSpan.of(tree.text(), first.get().begin(), second.get().end());
    ContentCandidate kind = ContentFinder.classify(tree.text(), whole, quotes);
    if (kind.kind() == AttributionKind.DIRECT) {
      return Optional.of(kind);
    }
    return Optional.of(new ContentCandidate(whole, List.of(first.get(), second.get()), kind.quotes(), kind.kind()));
  }

  /** A quotation and the quote on the cue's other side, if any: "“...,” she said, “...”". */
  private static ContentCandidate withOtherHalf(
      DependencyTree tree, ContentCandidate content, int[] cueClause, List<QuoteSpan> quotes) {
    Optional<ContentCandidate> other = adjacentQuotes(tree, cueClause, quotes, true, false);
    if (other.isEmpty()) {
      return content;
    }
    TreeSet<QuoteSpan> all = new TreeSet<>(Comparator.comparing(QuoteSpan::span));
    all.addAll(content.quotes());
    all.addAll(other.get().quotes());
    return ContentCandidate.quotations(tree.text(), new ArrayList<>(all));
  }

  /**
   * Quotes right before and/or after the cue's clause with nothing but commas, colons, dashes and
   * spaces between (never a sentence's end or a line break).
   */
  private static Optional<ContentCandidate> adjacentQuotes(
      DependencyTree tree, int[] cueClause, List<QuoteSpan> quotes, boolean before, boolean after) {
    String text = tree.text();
    int clauseBegin = tree.token(cueClause[0]).begin();
    int clauseEnd = tree.token(cueClause[1]).end();
    List<QuoteSpan> near = new ArrayList<>();
    for (QuoteSpan quote : quotes) {
      boolean isBefore = before && quote.span().end() <= clauseBegin && onlyPunctuation(text, quote.span().end(), clauseBegin);
      boolean isAfter = after && quote.span().begin() >= clauseEnd && onlyPunctuation(text, clauseEnd, quote.span().begin());
      if (isBefore || isAfter) {
        near.add(quote);
      }
    }
    return near.isEmpty() ? Optional.empty() : Optional.of(ContentCandidate.quotations(text, near));
  }

  private static boolean onlyPunctuation(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return end - begin <= 4;
  }
}
