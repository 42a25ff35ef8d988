package org.claimspan.internal.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.CueClass;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Turns attributed statements and the author's own sentences into claims: one per sentence of
 * content, leaving out questions, demands ("must", "should"), first-person statements and very
 * short pieces. An attributed claim's content starts after a complementizer "that", as PolNeAR
 * draws contents. Its statement comes from {@link ClaimWording}. Check-worthiness is the
 * probability of the trained model ({@link CheckworthinessScorer}); hedges, negation, stated times
 * and a {@link ClaimType} come from small rule-based finders. Thread-safe: every part is immutable
 * or stateless.
 */
public final class ClaimFinder {
  private static final Set<CueClass> ASSERTING = Set.of(CueClass.SPEECH, CueClass.REPORT, CueClass.PUNCTUATION);
  private static final Set<String> DEMANDS = Set.of("must", "should", "ought");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "you");
  private static final int MIN_WORDS = 5;

  private final QuantityFinder quantities = new QuantityFinder();
  private final NegationFinder negations = new NegationFinder();
  private final TimeFinder times = new TimeFinder();
  private final ClaimTypeRules types = new ClaimTypeRules();
  private final HedgeFinder hedges;
  private final CheckworthinessScorer scorer;

  /** With the packaged check-worthiness model, loaded from the classpath here. */
  public ClaimFinder(Lexicons lexicons) {
    this(lexicons, CheckworthinessScorer.fromClasspath());
  }

  /** With the given scorer (tests, other models); neither argument may be null. */
  public ClaimFinder(Lexicons lexicons, CheckworthinessScorer scorer) {
    this.hedges = new HedgeFinder(lexicons.hedges());
    this.scorer = java.util.Objects.requireNonNull(scorer, "scorer");
  }

  /** The claims of one analysed document, ordered by content span and numbered c1, c2, ...; never null. */
  public List<Claim> find(DependencyTree tree, List<Attribution> attributions, List<Quote> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Attribution attribution : attributions) {
      boolean asserting = attribution.cueClass().map(ASSERTING::contains).orElse(true);
      if (!asserting) {
        continue;
      }
      for (Piece piece : sentencePieces(tree, attribution.contentParts())) {
        claim(tree, withoutComplementizer(tree, piece), Optional.of(attribution), quotes).ifPresent(claims::add);
      }
    }
    for (Sentence sentence : tree.analysis().sentences()) {
      TextSpan span = TextSpan.of(tree.text(), sentence.begin(), sentence.end());
      if (!isAttributedOrQuoted(span, attributions, quotes)) {
        TextSpan trimmed = Fragments.trim(tree.text(), span);
        claim(tree, new Piece(trimmed, List.of(trimmed)), Optional.empty(), quotes).ifPresent(claims::add);
      }
    }
    claims.sort((a, b) -> a.content().compareTo(b.content()));
    List<Claim> numbered = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      numbered.add(claims.get(i).withId("c" + (i + 1)));
    }
    return numbered;
  }

  /**
   * What one claim says, in one sentence.
   *
   * @param span the claim's content: from its first fragment's start to its last's end
   * @param fragments the words said, in order: more than one where the cue interrupts them ("The
   *     museum, Mr. Obama said, would make visitors face uncomfortable truths")
   */
  private record Piece(TextSpan span, List<TextSpan> fragments) {
    /** The words said, joined. */
    String said() {
      return String.join(" ", fragments.stream().map(TextSpan::text).toList());
    }
  }

  /**
   * The content's parts cut at sentence ends and trimmed, the parts of one sentence making one
   * piece: a cue that interrupts a sentence splits the content, not what it says.
   */
  private static List<Piece> sentencePieces(DependencyTree tree, List<TextSpan> parts) {
    List<Piece> pieces = new ArrayList<>();
    for (Sentence sentence : tree.analysis().sentences()) {
      List<TextSpan> fragments = new ArrayList<>();
      for (TextSpan part : parts) {
        int begin = Math.max(sentence.begin(), part.begin());
        int end = Math.min(sentence.end(), part.end());
        if (begin < end) {
          TextSpan fragment = Fragments.trim(tree.text(), TextSpan.of(tree.text(), begin, end));
          if (!fragment.isEmpty()) {
            fragments.add(fragment);
          }
        }
      }
      if (!fragments.isEmpty()) {
        fragments.sort(TextSpan.ORDER);
        TextSpan span = TextSpan.of(tree.text(), fragments.get(0).begin(), fragments.get(fragments.size() - 1).end());
        pieces.add(new Piece(span, fragments));
      }
    }
    return pieces;
  }

  private static boolean isAttributedOrQuoted(TextSpan span, List<Attribution> attributions, List<Quote> quotes) {
    for (Attribution attribution : attributions) {
      if (attribution.contentParts().stream().anyMatch(part -> part.overlaps(span))
          || attribution.cue().map(cue -> cue.span().overlaps(span)).orElse(false)) {
        return true;
      }
    }
    return quotes.stream().anyMatch(quote -> quote.span().overlaps(span) && quote.content().length() > span.length() / 2);
  }

  private Optional<Claim> claim(DependencyTree tree, Piece piece, Optional<Attribution> attribution, List<Quote> quotes) {
    List<Integer> tokens = new ArrayList<>();
    for (TextSpan fragment : piece.fragments()) {
      int[] range = tree.tokenRange(fragment.begin(), fragment.end());
      for (int i = range == null ? 0 : range[0]; range != null && i <= range[1]; i++) {
        tokens.add(i);
      }
    }
    String said = piece.said();
    if (tokens.size() < MIN_WORDS || said.endsWith("?")) {
      return Optional.empty();
    }
    boolean finite = false;
    for (int i : tokens) {
      Token token = tree.token(i);
      String word = token.word().toLowerCase(Locale.ROOT);
      if (DEMANDS.contains(word) || (FIRST_PERSON.contains(word) && tree.hasRelation(i, "nsubj"))) {
        return Optional.empty();
      }
      finite |= isFinite(token);
    }
    Token first = tree.token(tokens.get(0));
    if (!finite || tree.token(tokens.get(tokens.size() - 1)).word().equals("?")) {
      return Optional.empty(); // no finite verb: a request ("Beijing to end ...") or a fragment
    }
    if (first.pos().equals("VB")) {
      return Optional.empty(); // an imperative
    }
    String text = tree.text();
    List<Quantity> found = new ArrayList<>();
    List<TextSpan> stated = new ArrayList<>();
    Optional<TextSpan> hedge = Optional.empty();
    boolean negated = false;
    for (TextSpan fragment : piece.fragments()) {
      found.addAll(quantities.find(text, fragment));
      stated.addAll(times.find(text, fragment));
      hedge = hedge.or(() -> hedges.find(text, fragment));
      negated |= negations.isNegated(text, fragment);
    }
    Optional<String> claimant = attribution.flatMap(Attribution::speaker).map(Speaker::name);
    ClaimWording wording = ClaimWording.of(text, piece.fragments(), attribution.isPresent(), quotes);
    return Optional.of(new Claim("", piece.span(), wording.statement(claimantAsNamed(attribution), keepsCapital(tree, wording)),
        claimant, attribution.map(Attribution::id), found, hedge.isPresent(), negated, scorer.score(said), hedge,
        types.classify(said, found, stated), stated));
  }

  /**
   * The piece without a complementizer "that" before it: the claim is what follows ("he said
   * [that] the plan failed"), as PolNeAR draws contents. A demonstrative "that" ("that was wrong")
   * stays.
   */
  private static Piece withoutComplementizer(DependencyTree tree, Piece piece) {
    TextSpan first = piece.fragments().get(0);
    int[] range = tree.tokenRange(first.begin(), first.end());
    if (range == null || range[0] == range[1]) {
      return piece;
    }
    Token token = tree.token(range[0]);
    boolean complementizer = token.word().equalsIgnoreCase("that")
        && (token.pos().equals("IN") || token.relation().equals("mark"));
    if (!complementizer || token.begin() != first.begin()) {
      return piece;
    }
    String text = tree.text();
    List<TextSpan> fragments = new ArrayList<>(piece.fragments());
    fragments.set(0, TextSpan.of(text, tree.token(range[0] + 1).begin(), first.end()));
    return new Piece(TextSpan.of(text, fragments.get(0).begin(), piece.span().end()), fragments);
  }

  /** Whether the first word kept in an indirect report is written with a capital wherever it stands. */
  private static boolean keepsCapital(DependencyTree tree, ClaimWording wording) {
    int[] range = tree.tokenRangeCovering(wording.wordsBegin(), wording.wordsBegin() + 1);
    if (range == null) {
      return false;
    }
    Token first = tree.token(range[0]);
    return first.pos().startsWith("NNP") || first.word().equals("I");
  }

  /** A finite verb, or a verb the parser made the root (taggers often read a past tense as VBN). */
  private static boolean isFinite(Token token) {
    return token.isFiniteVerb() || token.isVerb() && token.relation().equals("root");
  }

  /** How the statement names who claims it: a short name, or empty when no speaker was resolved. */
  private static Optional<String> claimantAsNamed(Optional<Attribution> attribution) {
    return attribution.flatMap(Attribution::speaker).map(ClaimFinder::shortName);
  }

  /** A person by surname, anything else by its name, with "the" before organisations' names. */
  private static String shortName(Speaker speaker) {
    String name = speaker.name();
    if (speaker.type() == SpeakerType.PERSON) {
      String[] words = name.split("\\s+");
      return words[words.length - 1];
    }
    String mention = speaker.mention().text().strip();
    if (mention.regionMatches(true, 0, "the ", 0, 4) && !isPronoun(mention)) {
      return mention;
    }
    return name;
  }

  private static boolean isPronoun(String word) {
    return Set.of("he", "she", "it", "they", "we", "i").contains(word.toLowerCase(Locale.ROOT));
  }
}
