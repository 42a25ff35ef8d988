package org.claimspan.internal.attribution.patterns;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.attribution.source.SourceFinder;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Finds the source of a cue verb from part-of-speech patterns, for text without a parse: the noun
 * phrase before the verb ("Officials said", "he added"), with an apposition ("Jane Roe, an
 * analyst, said") or without a relative clause ("officials, who ..., said"; "officials who
 * said"), the phrase after an inverted verb ("“...,” said Caddell"), and the sentence's opening
 * subject for a participle ("Trump hit back, saying ...", "... by saying"). "According to" and colon cues need no
 * parse and go to {@link SourceFinder}. Stateless and thread-safe.
 */
public final class PatternSourceFinder {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
  /** Longest aside, in tokens, between a source and its verb. */
  private static final int MAX_ASIDE = 25;

  private final SourceFinder parsedForms = new SourceFinder();

  public Optional<TextSpan> find(DependencyTree tree, CueMatch cue) {
    switch (cue.form()) {
      case ACCORDING_TO:
      case COLON:
        return parsedForms.find(tree, cue); // these read the words around the cue, not the parse
      default:
        break;
    }
    Sentence sentence = tree.sentenceOf(cue.head());
    int before = skipAdverbsLeft(tree, cue.first() - 1, sentence);
    if (isParticipleAfterComma(tree, cue, before)) {
      // "Trump hit back, saying he ...": never the subject after it, which is the reported clause's
      return openingSubject(tree, sentence).or(() -> sourceOfVerbBefore(tree, before, sentence))
          .or(() -> mainClauseSubject(tree, sentence, before));
    }
    if (isSecondConjunct(tree, cue, before)) {
      // "The senator survived five years in prison and says such techniques are inhumane"
      return mainClauseSubject(tree, sentence, before);
    }
    if (before >= sentence.firstToken()) {
      Optional<TextSpan> subject = subjectBefore(tree, before, sentence);
      if (subject.isPresent()) {
        return subject;
      }
    }
    Optional<TextSpan> inverted = invertedSubject(tree, cue, sentence);
    if (inverted.isPresent()) {
      return inverted;
    }
    if (tree.token(cue.head()).pos().equals("VBG") && before >= sentence.firstToken()
        && tree.token(before).word().equalsIgnoreCase("by")) {
      return openingSubject(tree, sentence); // "... by saying"
    }
    return Optional.empty();
  }

  /** Whether a finite cue verb follows "and" or "but": the second verb of its subject. */
  private static boolean isSecondConjunct(DependencyTree tree, CueMatch cue, int before) {
    if (before <= tree.sentenceOf(cue.head()).firstToken()
        || !tree.token(cue.first()).isFiniteVerb()) {
      return false;
    }
    String word = tree.token(before).word().toLowerCase(Locale.ROOT);
    return word.equals("and") || word.equals("but");
  }

  /**
   * The subject of the sentence's main clause before {@code limit}: the first noun phrase that opens
   * the sentence or follows a comma and is followed by a finite verb ("Speaking in Salem, [Trump]
   * went after Bush, calling him ..."; "Instead, [the senator] is sticking to his message, hoping ...").
   */
  private static Optional<TextSpan> mainClauseSubject(DependencyTree tree, Sentence sentence, int limit) {
    for (int first = sentence.firstToken(); first < limit; first++) {
      if (first > sentence.firstToken() && !tree.token(first - 1).word().equals(",")) {
        continue;
      }
      int last = NounPhrases.endStartingAt(tree, first);
      if (last < 0 || last + 1 >= limit) {
        continue;
      }
      int verb = skipAdverbsRight(tree, last + 1, limit);
      if (verb < limit && tree.token(verb).isFiniteVerb()) {
        return TokenRanges.span(tree, first, last);
      }
    }
    return Optional.empty();
  }

  /** The first token from {@code i} on, before {@code limit}, that is no adverb. */
  static int skipAdverbsRight(DependencyTree tree, int i, int limit) {
    while (i < limit && tree.token(i).pos().startsWith("RB")) {
      i++;
    }
    return i;
  }

  private static boolean isParticipleAfterComma(DependencyTree tree, CueMatch cue, int before) {
    return tree.token(cue.head()).pos().equals("VBG") && cue.first() == cue.head()
        && before >= tree.sentenceOf(cue.head()).firstToken() && tree.token(before).word().equals(",");
  }

  /**
   * The source of the reporting verb right before a participle's comma, which the participle
   * shares: "“...,” Christie said, adding that ..." and "“...,” said Christie, adding that ...".
   */
  private static Optional<TextSpan> sourceOfVerbBefore(DependencyTree tree, int comma, Sentence sentence) {
    int last = comma - 1;
    if (last <= sentence.firstToken()) {
      return Optional.empty();
    }
    if (tree.token(last).isVerb()) {
      int subjectEnd = skipAdverbsLeft(tree, last - 1, sentence);
      return subjectEnd < sentence.firstToken() ? Optional.empty() : phraseEndingAt(tree, subjectEnd);
    }
    int first = NounPhrases.startEndingAt(tree, last);
    boolean inverted = first > sentence.firstToken() && tree.token(first - 1).isVerb();
    return inverted ? TokenRanges.span(tree, first, last) : Optional.empty();
  }

  private static int skipAdverbsLeft(DependencyTree tree, int i, Sentence sentence) {
    while (i >= sentence.firstToken() && tree.token(i).pos().startsWith("RB")) {
      i--;
    }
    return i;
  }

  /** The subject ending at {@code last} (the token before the verb), past a relative clause or apposition. */
  private static Optional<TextSpan> subjectBefore(DependencyTree tree, int last, Sentence sentence) {
    Token token = tree.token(last);
    String lower = token.word().toLowerCase(Locale.ROOT);
    if (RELATIVE_PRONOUNS.contains(lower) && last - 1 >= sentence.firstToken()) {
      int head = tree.token(last - 1).word().equals(",") ? last - 2 : last - 1;
      return phraseEndingAt(tree, head); // "officials who said", "Smith, who said"
    }
    if (token.word().equals(",")) {
      return beforeAside(tree, last, sentence);
    }
    int open = openingParenthesis(tree, last, sentence);
    if (open > sentence.firstToken()) {
      // "Sen. Chuck Grassley (R-Iowa) said": the phrase before the parenthetical, with it
      int first = NounPhrases.startEndingAt(tree, open - 1);
      return first < 0 ? Optional.empty() : TokenRanges.span(tree, first, last);
    }
    int first = NounPhrases.startOfSubjectEndingAt(tree, last);
    int pronoun = NounPhrases.contractedPronounLength(tree.token(last));
    if (first == last && pronoun > 0) {
      int begin = tree.token(last).begin(); // "[He]’s predicting": the source is the pronoun as written
      return Optional.of(TextSpan.of(tree.text(), begin, begin + pronoun));
    }
    return first < 0 ? Optional.empty() : TokenRanges.span(tree, first, last);
  }

  /** Longest parenthetical, in tokens with its marks, that a source takes in. */
  private static final int MAX_PARENTHETICAL = 8;

  /** The "(" that the ")" at {@code close} closes within a short verbless parenthetical, or -1. */
  private static int openingParenthesis(DependencyTree tree, int close, Sentence sentence) {
    if (!tree.token(close).word().equals(")")) {
      return -1;
    }
    for (int i = close - 1; i >= sentence.firstToken() && i >= close - MAX_PARENTHETICAL; i--) {
      if (tree.token(i).isVerb()) {
        return -1;
      }
      if (tree.token(i).word().equals("(")) {
        return i;
      }
    }
    return -1;
  }

  /** The ")" closing a short verbless parenthetical that opens at {@code open}, or -1. */
  private static int closingParenthesis(DependencyTree tree, int open, Sentence sentence) {
    if (open >= sentence.endToken() || !tree.token(open).word().equals("(")) {
      return -1;
    }
    for (int i = open + 1; i < sentence.endToken() && i <= open + MAX_PARENTHETICAL; i++) {
      if (tree.token(i).isVerb()) {
        return -1;
      }
      if (tree.token(i).word().equals(")")) {
        return i;
      }
    }
    return -1;
  }

  /** "X, who ..., said" gives X; "X, a spokesman, said" gives the whole apposition. */
  private static Optional<TextSpan> beforeAside(DependencyTree tree, int closingComma, Sentence sentence) {
    for (int open = closingComma - 1; open > sentence.firstToken() && open >= closingComma - MAX_ASIDE; open--) {
      Token token = tree.token(open);
      if (QuoteMarks.isQuoteToken(token.word()) || token.word().equals(".")) {
        return Optional.empty();
      }
      if (!token.word().equals(",")) {
        continue;
      }
      String opener = tree.token(open + 1).word().toLowerCase(Locale.ROOT);
      int start = NounPhrases.startEndingAt(tree, open - 1);
      if (start < 0 || tree.token(open - 1).isPronoun()) {
        return Optional.empty();
      }
      if (RELATIVE_PRONOUNS.contains(opener)) {
        return TokenRanges.span(tree, start, open - 1);
      }
      boolean apposition = NounPhrases.endStartingAt(tree, open + 1) == closingComma - 1;
      return apposition ? TokenRanges.span(tree, start, closingComma - 1) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<TextSpan> phraseEndingAt(DependencyTree tree, int last) {
    if (last < 0) {
      return Optional.empty();
    }
    int first = NounPhrases.startEndingAt(tree, last);
    return first < 0 ? Optional.empty() : TokenRanges.span(tree, first, last);
  }

  /**
   * The phrase right after a verb that follows punctuation or opens the sentence: "“...,” said
   * Caddell", "..., says John Roe, a pollster." (an apposition that ends the sentence is kept).
   */
  private static Optional<TextSpan> invertedSubject(DependencyTree tree, CueMatch cue, Sentence sentence) {
    int before = cue.first() - 1;
    boolean afterPunctuation = before >= sentence.firstToken() && tree.token(before).isPunctuation();
    int first = cue.last() + 1;
    if (!afterPunctuation || first >= sentence.endToken()) {
      return Optional.empty();
    }
    int last = NounPhrases.endStartingAt(tree, first);
    if (last < 0) {
      return Optional.empty();
    }
    int close = closingParenthesis(tree, last + 1, sentence);
    last = close > 0 ? close : last; // "said Rep. Steve Israel (D-N.Y.)"
    int next = last + 1;
    if (next < sentence.endToken() && tree.token(next).word().equals(",")) {
      int appositionEnd = next + 1 < sentence.endToken() ? NounPhrases.endStartingAt(tree, next + 1) : -1;
      if (appositionEnd >= 0 && appositionEnd + 1 >= sentence.endToken() - 1) {
        last = appositionEnd;
      }
    }
    return TokenRanges.span(tree, first, last);
  }

  /** The noun phrase opening the sentence, when a verb follows it: the subject of the main clause. */
  private static Optional<TextSpan> openingSubject(DependencyTree tree, Sentence sentence) {
    int first = sentence.firstToken();
    int last = NounPhrases.endStartingAt(tree, first);
    if (last < 0 || last + 1 >= sentence.endToken()) {
      return Optional.empty();
    }
    int next = last + 1;
    while (next + 1 < sentence.endToken() && tree.token(next).pos().startsWith("RB")) {
      next++; // "Trump also hit back"
    }
    return tree.token(next).isVerb() ? TokenRanges.span(tree, first, last) : Optional.empty();
  }
}
