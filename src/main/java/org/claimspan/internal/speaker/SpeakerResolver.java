package org.claimspan.internal.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.EntityMention;
import org.claimspan.spi.Token;

/**
 * Says who a source refers to. Named sources link to the document's entity ("Pompeo" to "Mike
 * Pompeo") with the words before the name kept as a title; pronouns resolve to an earlier subject
 * of the right kind in the same sentence, else to the latest speaker of that kind, else to the
 * latest such subject or mention nearby; unnamed sources ("officials") are typed anonymous. Not
 * thread-safe; one per document.
 */
public final class SpeakerResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "whom", "whose", "that");
  private static final Set<String> NOT_IN_ANTECEDENT = Set.of("acl:relcl", "parataxis", "punct", "dep", "appos");
  private static final Set<String> THING_PRONOUNS = Set.of("it");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
  private static final Set<String> DOCUMENT_NOUNS =
      Set.of("report", "study", "survey", "poll", "statement", "document", "letter", "memo", "analysis", "data", "filing", "complaint", "lawsuit", "release", "book", "article", "ad", "video", "email", "tweet", "post", "website", "research");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
  /** How many sentences back a pronoun may look for its referent. */
  private static final int PRONOUN_WINDOW = 4;

  private final DependencyTree tree;
  private final EntityIndex entities;
  private final Lexicons lexicons;

  public SpeakerResolver(DependencyTree tree, EntityIndex entities, Lexicons lexicons) {
    this.tree = tree;
    this.entities = entities;
    this.lexicons = lexicons;
  }

  /**
   * Resolves a source.
   *
   * @param written the source as written
   * @param earlier speakers of earlier attributions, in document order
   */
  public Optional<Speaker> resolve(TextSpan written, List<Speaker> earlier) {
    int[] range = tree.tokenRangeCovering(written.begin(), written.end());
    if (range == null) {
      return Optional.empty();
    }
    TextSpan source = withoutRelativeClause(written, range);
    if (source != written) {
      range = tree.tokenRange(source.begin(), source.end());
    }
    String lower = source.text().toLowerCase(Locale.ROOT);
    if (range[0] == range[1] && RELATIVE_PRONOUNS.contains(lower)) {
      Optional<TextSpan> antecedent = antecedentOf(range[0]);
      return antecedent.isPresent() ? resolve(antecedent.get(), earlier) : Optional.empty();
    }
    if (range[0] == range[1] && isPronoun(lower)) {
      return resolvePronoun(source, range[0], lower, earlier);
    }
    return Optional.of(withEarlierTitle(named(source, range), earlier));
  }

  /**
   * The speaker with the title an earlier attribution gave the same entity, when its own source
   * has none: "Marsh said" after "Lena Marsh, a retired teacher, said".
   */
  private static Speaker withEarlierTitle(Speaker speaker, List<Speaker> earlier) {
    if (speaker.title().isPresent() || speaker.entityId().isEmpty()) {
      return speaker;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Speaker before = earlier.get(i);
      if (before.entityId().equals(speaker.entityId()) && before.title().isPresent()) {
        return new Speaker(speaker.mention(), speaker.name(), speaker.type(), before.title(),
            speaker.canonicalMention(), speaker.entityId());
      }
    }
    return speaker;
  }

  /**
   * The source without a relative clause it holds: "a woman who met Trump" names a woman, not
   * Trump. The source itself when it has none, or nothing would be left.
   */
  private TextSpan withoutRelativeClause(TextSpan source, int[] range) {
    int cut = range[1] + 1;
    for (int i = range[0] + 1; i <= range[1]; i++) {
      int head = tree.token(i).head();
      if (tree.hasRelation(i, "acl:relcl") && head >= range[0] && head < i) {
        cut = Math.min(cut, tree.subtreeRange(i, Set.of())[0]);
      } else if (isRelativePronoun(tree.token(i))) {
        cut = Math.min(cut, i); // a relative clause the parser did not see as one
      }
    }
    if (cut > range[1]) {
      return source;
    }
    return TokenRanges.span(tree, range[0], cut - 1).orElse(source);
  }

  /**
   * "who", "which", "whom", "whose", "that" as a relative pronoun (a W tag): not the acronym "WHO"
   * nor the determiner or conjunction "that".
   */
  private static boolean isRelativePronoun(Token token) {
    return token.pos().startsWith("W") && RELATIVE_OPENERS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The noun phrase a relative pronoun stands for: the head of the relative clause it is the
   * subject of ("officials, who said"), without the clause itself and asides; empty if the parse
   * does not hang the clause on a noun.
   */
  private Optional<TextSpan> antecedentOf(int pronoun) {
    int verb = tree.token(pronoun).head();
    if (verb < 0 || !tree.hasRelation(verb, "acl")) {
      return Optional.empty();
    }
    int noun = tree.token(verb).head();
    if (noun < 0 || noun >= pronoun) {
      return Optional.empty();
    }
    int[] range = tree.subtreeRange(noun, NOT_IN_ANTECEDENT);
    return TokenRanges.span(tree, range[0], Math.min(range[1], pronoun - 1));
  }

  private static boolean isPronoun(String word) {
    return PERSON_PRONOUNS.contains(word) || THING_PRONOUNS.contains(word) || GROUP_PRONOUNS.contains(word)
        || word.equals("i") || word.equals("we") || word.equals("you");
  }

  /** A speaker for a source that is not a pronoun. */
  private Speaker named(TextSpan source, int[] range) {
    List<EntityMention> inside = entities.mentionsIn(source);
    EntityMention best = null;
    for (EntityMention mention : inside) {
      if (best == null || rank(mention) < rank(best)) {
        best = mention;
      }
    }
    if (best != null) {
      EntityIndex.Cluster cluster = entities.clusterOf(best);
      // Only people have titles; words before an organisation's name are part of it ("the US").
      Optional<String> title = cluster.type == SpeakerType.PERSON ? title(source, best) : Optional.empty();
      return new Speaker(
          source, cluster.name, cluster.type, title, Optional.of(fullestMention(cluster)), Optional.of(cluster.id));
    }
    String name = EntityIndex.stripArticle(source.text());
    return new Speaker(source, name, typeOfPhrase(range), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static int rank(EntityMention mention) {
    return switch (mention.type()) {
      case "PERSON" -> 0;
      case "ORGANIZATION" -> 1;
      default -> 2;
    };
  }

  /** The words around the name that say who the person is: "US Secretary of state". */
  private Optional<String> title(TextSpan source, EntityMention name) {
    String before = source.text().substring(0, name.begin() - source.begin()).strip();
    before = EntityIndex.stripArticle(before.replaceAll("[,\\s]+$", ""));
    if (!before.isEmpty() && Character.isLetter(before.charAt(0)) && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT))) {
      return Optional.of(before);
    }
    String after = source.text().substring(name.end() - source.begin()).strip();
    if (after.startsWith(",")) {
      String apposition = after.substring(1).strip().replaceAll("^(an?|the)\\s+", "").replaceAll("[,\\s]+$", "");
      if (!apposition.isEmpty()) {
        return Optional.of(apposition);
      }
    }
    return Optional.empty();
  }

  private TextSpan fullestMention(EntityIndex.Cluster cluster) {
    EntityMention longest = cluster.mentions.get(0);
    for (EntityMention mention : cluster.mentions) {
      if (mention.end() - mention.begin() > longest.end() - longest.begin()) {
        longest = mention;
      }
    }
    return TextSpan.of(tree.text(), longest.begin(), longest.end());
  }

  /** The type of an unnamed source from its head noun. */
  private SpeakerType typeOfPhrase(int[] range) {
    Token head = headOf(range);
    String word = head.word().toLowerCase(Locale.ROOT);
    if (lexicons.anonymousSources().contains(word) || lexicons.anonymousSources().contains(head.lemma())) {
      return SpeakerType.ANONYMOUS;
    }
    if (DOCUMENT_NOUNS.contains(head.lemma())) {
      return SpeakerType.DOCUMENT;
    }
    if (head.pos().startsWith("NNP")) {
      return SpeakerType.ORGANIZATION;
    }
    return head.pos().startsWith("NN") ? SpeakerType.ANONYMOUS : SpeakerType.UNKNOWN;
  }

  /** The token of the range whose head lies outside it: the phrase's syntactic head (its last token if none). */
  private Token headOf(int[] range) {
    return tree.token(TokenRanges.headOf(tree, range[0], range[1], range[1]));
  }

  /**
   * Resolves a pronoun: a subject of the right kind earlier in its own sentence; else the latest
   * speaker of that kind nearby; else the latest subject of that kind in the sentences before;
   * else the latest name of that kind.
   */
  private Optional<Speaker> resolvePronoun(TextSpan source, int token, String pronoun, List<Speaker> earlier) {
    Optional<Speaker> antecedent = nameBefore(token, pronoun, 0, true);
    if (antecedent.isEmpty()) {
      for (int i = earlier.size() - 1; i >= 0 && i >= earlier.size() - 3; i--) {
        Speaker speaker = earlier.get(i);
        if (compatible(pronoun, speaker.type()) && isNear(speaker.mention(), token)) {
          antecedent = Optional.of(speaker);
          break;
        }
      }
    }
    if (antecedent.isEmpty()) {
      antecedent = nameBefore(token, pronoun, PRONOUN_WINDOW, true);
    }
    if (antecedent.isEmpty()) {
      antecedent = nameBefore(token, pronoun, PRONOUN_WINDOW, false);
    }
    return antecedent.map(
        found -> new Speaker(source, found.name(), found.type(), found.title(), found.canonicalMention(), found.entityId()));
  }

  private boolean isNear(TextSpan mention, int token) {
    int[] range = tree.tokenRange(mention.begin(), mention.end());
    return range != null && tree.token(token).sentence() - tree.token(range[0]).sentence() <= PRONOUN_WINDOW;
  }

  /**
   * The nearest name before the token, of a kind the pronoun can refer to, within the token's
   * sentence and {@code sentencesBack} sentences before it; with {@code subjectsOnly} only names
   * heading a subject count.
   */
  private Optional<Speaker> nameBefore(int token, String pronoun, int sentencesBack, boolean subjectsOnly) {
    int stopSentence = Math.max(0, tree.token(token).sentence() - sentencesBack);
    for (int i = token - 1; i >= 0 && tree.token(i).sentence() >= stopSentence; i--) {
      if (sentencesBack == 0 && QuoteMarks.isQuoteToken(tree.token(i).word())) {
        break; // names inside the quotation are not who "he said" it
      }
      if (subjectsOnly && !tree.hasRelation(i, "nsubj")) {
        continue;
      }
      Optional<EntityMention> mention = entities.mentionAt(i);
      if (mention.isPresent()) {
        EntityIndex.Cluster cluster = entities.clusterOf(mention.get());
        if (compatible(pronoun, cluster.type)) {
          TextSpan span = TextSpan.of(tree.text(), mention.get().begin(), mention.get().end());
          return Optional.of(new Speaker(span, cluster.name, cluster.type, Optional.empty(),
              Optional.of(fullestMention(cluster)), Optional.of(cluster.id)));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean compatible(String pronoun, SpeakerType type) {
    if (PERSON_PRONOUNS.contains(pronoun)) {
      return type == SpeakerType.PERSON;
    }
    if (THING_PRONOUNS.contains(pronoun)) {
      return type == SpeakerType.ORGANIZATION || type == SpeakerType.LOCATION || type == SpeakerType.DOCUMENT;
    }
    return GROUP_PRONOUNS.contains(pronoun); // "they": a group, a body, or several people
  }
}
