package org.claimspan.internal.cue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.CueClass;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Finds attribution cues: reporting verbs from the lexicon in any inflection with their
 * auxiliaries and the verbs that govern their infinitive ("went on to say"), "according to", "in"
 * a poll or survey, a sentence-opening "For" with whose view it gives ("For Sanders, ..."), verb
 * phrases like "describe ... as", and colons that introduce a quote. Thread-safe.
 */
public final class CueFinder {
  private static final int PHRASE_WINDOW = 4;
  /** Last words of cue phrases that introduce the content rather than end the cue ("called on X"). */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("as", "for", "to", "on", "of");
  /** Longest name before a headline colon, in tokens. */
  private static final int HEADLINE_NAME_TOKENS = 5;

  /** Prepositions that introduce what a cue verb is about. */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "for", "on", "against", "over", "to");
  /**
   * Nouns of time and manner after a cue's preposition, "reported on Wednesday", "spoke on
   * condition of anonymity": the cue's own adjuncts, never what it reports. Lower case, immutable.
   */
  public static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
      "weekend", "time", "occasion", "behalf", "condition", "record", "background");
  /** Verbs whose "to" phrase names the addressee, not the content ("said to reporters"). */
  private static final Set<String> ADDRESSEE_VERBS =
      Set.of("say", "speak", "talk", "write", "tell", "explain", "add", "report", "complain", "announce", "declare", "admit", "confess", "reply", "respond", "answer");

  private final Lexicons lexicons;

  public CueFinder(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  public List<CueMatch> find(DependencyTree tree) {
    List<CueMatch> cues = new ArrayList<>();
    for (Sentence sentence : tree.analysis().sentences()) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token token = tree.token(i);
        if (isAccordingTo(tree, i, sentence)) {
          cues.add(new CueMatch(i, i, i + 1, "according to", CueClass.REPORT, CueForm.ACCORDING_TO));
        } else if (isInAPoll(tree, i)) {
          // "In the CBS poll, Trump's lead narrowed": the poll is the source, as after "according to"
          cues.add(new CueMatch(i, i, i, "in", CueClass.REPORT, CueForm.ACCORDING_TO));
        } else if (isForWhom(tree, i, sentence)) {
          // "For Sanders, the mission is different", "To Sexton, Tuesday marked a turning point": whose
          // view the sentence gives
          cues.add(new CueMatch(i, i, i, token.word().toLowerCase(Locale.ROOT), CueClass.BELIEF, CueForm.ACCORDING_TO));
        } else if (token.pos().startsWith("VB")) {
          CueMatch verb = verbCue(tree, i, sentence);
          if (verb != null) {
            cues.add(verb);
          }
        } else if (token.pos().startsWith("JJ")) {
          CueMatch adjective = adjectiveCue(tree, i);
          if (adjective != null) {
            cues.add(adjective);
          }
        } else if (token.word().equals(":") && (introducesQuote(tree, i, sentence) || isHeadlineColon(tree, i, sentence))) {
          cues.add(new CueMatch(i, i, i, ":", CueClass.PUNCTUATION, CueForm.COLON));
        }
      }
    }
    return cues;
  }

  /** Nouns of surveys whose findings a sentence reports "in" them (PolNeAR train: 40 of 67 "in" cues). */
  private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");

  /** Whether a token is the "in" of "in the (latest) poll" hung on a clause. */
  private static boolean isInAPoll(DependencyTree tree, int i) {
    Token token = tree.token(i);
    if (!token.word().equalsIgnoreCase("in") || !tree.hasRelation(i, "case") || token.head() <= i) {
      return false;
    }
    int noun = token.head();
    boolean poll = isAverageOfPolls(tree, noun) || isPollNoun(tree.token(noun)) && isParticularPoll(tree, noun);
    return poll && (tree.hasRelation(noun, "obl") || tree.hasRelation(noun, "nmod")) && tree.token(noun).head() >= 0;
  }

  /**
   * Whether a poll noun names particular polls, "the latest CBS poll", "recent polls", "a poll": not
   * the standing in "the polls" ("has a slight lead in the polls", mostly not annotated in train).
   */
  private static boolean isParticularPoll(DependencyTree tree, int noun) {
    for (int child : tree.children(noun)) {
      boolean the = tree.hasRelation(child, "det") && tree.token(child).word().equalsIgnoreCase("the");
      if (child != noun && !the && !tree.hasRelation(child, "case")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPollNoun(Token token) {
    return POLL_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** "the RealClearPolitics average of New Hampshire polls": a figure drawn from polls. */
  private static boolean isAverageOfPolls(DependencyTree tree, int noun) {
    int of = tree.child(noun, "nmod");
    return of > noun && isPollNoun(tree.token(of));
  }

  /**
   * Whether a token is the "for" or "to" of a sentence that opens with whose view it gives: "For
   * Sanders, the mission is different", "But for most Democrats today, the Clinton years remain
   * ...", "To Sexton, Tuesday marked a turning point" (train: 17 cues "for" and 11 "to" no rule
   * reached). Only a person, organisation, pronoun or group of people
   * ("voters", "lawmakers") set off by a comma; "For now," and "For example," give nobody's view.
   */
  private boolean isForWhom(DependencyTree tree, int i, Sentence sentence) {
    Token token = tree.token(i);
    boolean opens = i == sentence.firstToken()
        || (i == sentence.firstToken() + 1 && tree.token(i - 1).pos().equals("CC"));
    boolean forOrTo = token.word().equalsIgnoreCase("for") || token.word().equalsIgnoreCase("to");
    if (!opens || !forOrTo || !tree.hasRelation(i, "case") || token.head() <= i) {
      return false;
    }
    int noun = token.head();
    int end = tree.subtreeRange(noun, Set.of())[1];
    if (!tree.hasRelation(noun, "obl") || end + 1 >= sentence.endToken() || !tree.token(end + 1).word().equals(",")) {
      return false;
    }
    Token head = tree.token(noun);
    String ner = head.ner();
    boolean name = ner.equals("PERSON") || ner.equals("ORGANIZATION")
        || head.pos().startsWith("NNP") && (ner.isEmpty() || ner.equals("O")); // "For Sanders," untagged alone
    return name || head.pos().equals("PRP") || lexicons.anonymousSources().contains(head.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isAccordingTo(DependencyTree tree, int i, Sentence sentence) {
    return tree.token(i).word().equalsIgnoreCase("according")
        && i + 1 < sentence.endToken()
        && tree.token(i + 1).word().equalsIgnoreCase("to");
  }

  private CueMatch verbCue(DependencyTree tree, int i, Sentence sentence) {
    String lemma = tree.token(i).lemma();
    CueClass cueClass = lexicons.verbClass(lemma);
    String matched = lemma;
    int last = i;
    if (cueClass == null) {
      for (Map.Entry<String, CueClass> phrase : lexicons.cuePhrases().entrySet()) {
        String[] words = phrase.getKey().split(" ");
        if (words[0].equals(lemma) && phraseFollows(tree, i, sentence, words)) {
          cueClass = phrase.getValue();
          matched = phrase.getKey();
          if (words.length == 2 && i + 1 < sentence.endToken()
              && tree.token(i + 1).word().equalsIgnoreCase(words[1])) {
            last = i + 1; // a particle right after the verb belongs to the cue: "pointed out"
          } else if (words.length == 2 && i + 2 < sentence.endToken() && tree.token(i + 1).pos().equals("PRP")
              && tree.token(i + 2).word().equalsIgnoreCase(words[1]) && !PHRASE_PREPOSITIONS.contains(words[1])) {
            last = i + 2; // and after a pronoun object: "made it clear", "laid it out"
          }
          break;
        }
      }
    }
    if (cueClass == null || isReducedPassive(tree, i) || raisesACue(tree, i) || opensWithDiscourseMarker(tree, i, sentence)) {
      return null;
    }
    if (last == i) {
      last = Math.max(last, mediumPhrase(tree, i));
    }
    if (last == i || tree.hasRelation(last, "compound:prt")) {
      last = Math.max(last, topicPreposition(tree, i, last)); // "talked about", "spoke out about"
    }
    return new CueMatch(i, chainStart(tree, i), last, matched, cueClass, CueForm.VERB);
  }

  /**
   * Adjectives of attitude that report a view with their copula: "is critical of [the plan]", "was
   * confident [that ...]", "are eager [to ...]". PolNeAR train has about 250 cues with these
   * adjectives (worried 21, eager 12, willing 11, confident 11, skeptical 10, critical 10, ...);
   * ambiguous ones ("clear", "open", "comfortable") are left out.
   */
  private static final Map<String, CueClass> ADJECTIVE_CUES = adjectiveCues();

  private static Map<String, CueClass> adjectiveCues() {
    Map<String, CueClass> cues = new HashMap<>();
    for (String belief : List.of("critical", "skeptical", "sceptical", "confident", "optimistic", "pessimistic", "sure",
        "unsure", "certain", "uncertain", "convinced", "worried", "concerned", "afraid", "fearful", "hopeful", "upbeat",
        "doubtful", "wary", "dismissive", "supportive", "appreciative", "proud", "angry", "furious", "frustrated",
        "disappointed", "happy", "unhappy", "satisfied", "nervous", "enthusiastic", "aware", "adamant", "vocal",
        "outspoken")) {
      cues.put(belief, CueClass.BELIEF);
    }
    for (String intention : List.of("eager", "willing", "unwilling", "determined", "reluctant", "keen")) {
      cues.put(intention, CueClass.INTENTION);
    }
    return Map.copyOf(cues);
  }

  /**
   * The cue of an attitude adjective with its copula ("was also critical of"), or null when the
   * adjective is not one, has no copula, or modifies a noun ("a critical vote").
   */
  private CueMatch adjectiveCue(DependencyTree tree, int adjective) {
    String lemma = tree.token(adjective).word().toLowerCase(Locale.ROOT);
    CueClass cueClass = ADJECTIVE_CUES.get(lemma);
    int copula = tree.child(adjective, "cop");
    if (cueClass == null || copula < 0 || copula > adjective || quoteMarkBetween(tree, copula, adjective)) {
      return null;
    }
    int first = leftmostAuxiliary(tree, adjective, copula); // "has been critical of"
    for (int i = first + 1; i < adjective; i++) {
      boolean inChain = tree.hasRelation(i, "aux") || tree.hasRelation(i, "cop")
          || tree.token(i).head() == adjective && tree.hasRelation(i, "advmod");
      if (!inChain) {
        first = copula; // something else sits between: the copula and what follows it
        break;
      }
    }
    int last = Math.max(adjective, topicPreposition(tree, adjective, adjective));
    return new CueMatch(adjective, first, last, lemma, cueClass, CueForm.VERB);
  }

  /**
   * Raising and aspect verbs that join the cue verb they govern: "seemed to blame", "continued to
   * question" (train: "continue" with "to" is 34 times part of its complement's cue, never alone).
   */
  private static final Set<String> RAISING = Set.of("seem", "appear", "continue");

  /**
   * Whether a raising verb governs a cue verb whose cue then takes it in ("seemed to blame"): the
   * same chain {@link #chainStart} builds, so a raising verb is dropped only where it is joined.
   */
  private boolean raisesACue(DependencyTree tree, int verb) {
    int xcomp = tree.child(verb, "xcomp");
    if (!RAISING.contains(tree.token(verb).lemma()) || xcomp <= verb || !tree.token(xcomp).pos().startsWith("VB")
        || lexicons.verbClass(tree.token(xcomp).lemma()) == null) {
      return false;
    }
    int to = tree.child(xcomp, "mark");
    return to > verb && to == firstAuxiliary(tree, xcomp) - 1 && tree.token(to).word().equalsIgnoreCase("to")
        && onlyChainBetween(tree, verb, to);
  }

  /**
   * Where a cue verb's span starts: its auxiliaries and adverbs, its infinitive "to", and the verbs
   * that govern it as an infinitive complement, "went on to say", "is trying to show", "used to
   * boast". PolNeAR draws the whole chain as the cue (train: 237 matched pairs whose cue we cut
   * after it). A governor that is itself a cue ("declined to assail", "sought to characterize")
   * keeps a cue of its own; the raising verbs join all the same.
   */
  private int chainStart(DependencyTree tree, int verb) {
    int first = firstAuxiliary(tree, verb);
    int to = tree.child(verb, "mark");
    if (to >= 0 && to == first - 1 && tree.token(to).word().equalsIgnoreCase("to")) {
      first = to;
    }
    int governor = tree.token(verb).head();
    if (first == to && governor >= 0 && governor < to && tree.hasRelation(verb, "xcomp")
        && tree.token(governor).pos().startsWith("VB") && governor >= tree.sentenceOf(verb).firstToken()
        && (lexicons.verbClass(tree.token(governor).lemma()) == null || RAISING.contains(tree.token(governor).lemma()))
        && onlyChainBetween(tree, governor, to)) {
      first = chainStart(tree, governor);
    }
    return first;
  }

  /** Whether only particles and adverbs lie between a governing verb and the "to" of its complement. */
  private static boolean onlyChainBetween(DependencyTree tree, int governor, int to) {
    for (int i = governor + 1; i < to; i++) {
      String pos = tree.token(i).pos();
      if (!(pos.startsWith("RB") || pos.equals("RP") || tree.hasRelation(i, "compound:prt"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The preposition after a cue verb (or after its phrase's particle at {@code last}, and after up to
   * two adverbs or particles of the verb) that has no clause or object of its own, when what it
   * governs is the content: "talked about [the economy]", "warned of [a crisis]", "called for [a
   * ban]", "complained bitterly about [...]". PolNeAR puts the preposition in the cue (train:
   * "about" ends 474 cues and follows 39). Returns -1 when there is none.
   */
  private int topicPreposition(DependencyTree tree, int verb, int last) {
    int next = last + 1;
    while (next < tree.size() && next <= last + MAX_ADVERBS_BEFORE_TOPIC && tree.token(next).head() == verb
        && (tree.token(next).pos().startsWith("RB") || tree.hasRelation(next, "compound:prt"))) {
      next++; // "complained bitterly about", "speak up about"
    }
    if (next >= tree.size() || tree.token(next).sentence() != tree.token(verb).sentence()
        || tree.child(verb, "ccomp") >= 0 || tree.child(verb, "obj") >= 0 || tree.child(verb, "xcomp") >= 0) {
      return -1;
    }
    String word = tree.token(next).word().toLowerCase(Locale.ROOT);
    if (isMarkerOfSubjectInfinitive(tree, verb, next)) {
      return next; // "called for [a special prosecutor to oversee ...]", "called on [X to resign]"
    }
    boolean addressee = word.equals("to") && ADDRESSEE_VERBS.contains(tree.token(verb).lemma());
    boolean companion = word.equals("with") && AGREEING_VERBS.contains(tree.token(verb).lemma());
    // "was commenting on [how ... could hurt the U.S.]", "is thinking about [using the stadium]": the
    // parser makes the preposition the mark of a clause
    boolean clause = tree.hasRelation(next, "mark") && tree.hasRelation(tree.token(next).head(), "advcl");
    if (!(TOPIC_PREPOSITIONS.contains(word) || companion) || addressee || !(tree.hasRelation(next, "case") || clause)) {
      return -1;
    }
    int object = tree.token(next).head();
    if (object <= next || tree.token(object).head() != verb || !(clause || tree.hasRelation(object, "obl"))) {
      return -1;
    }
    // "..., she said on Wednesday", "said in a statement": when and how, not what
    String noun = tree.token(object).lemma().toLowerCase(Locale.ROOT);
    boolean when = TIME_WORDS.contains(noun) || tree.token(object).pos().equals("CD");
    // "said on a conference call": where it was said; but "referring to [reports]", "agreed with [the analysis]"
    boolean medium = word.equals("on") && lexicons.cueNouns().containsKey(noun);
    boolean aside = tree.hasRelation(verb, "parataxis") || leftClause(tree, verb);
    return when || medium || aside ? -1 : next;
  }

  /**
   * The media PolNeAR draws inside the cue with their preposition, "said in a statement", "wrote on
   * Twitter" (train: "in a statement" inside 55 cues and right after 27, "on Twitter" 15 to 7, "on
   * Facebook" 11 to 3, "on social media" 5 to 2); "in an interview" (34 to 42) and "in an email"
   * (8 to 10) stay out.
   */
  private static final Map<String, Set<String>> MEDIA =
      Map.of("in", Set.of("statement", "release"), "on", Set.of("twitter", "facebook", "instagram", "media"));

  /** The last token of a medium phrase right after a cue verb ("said [in a joint statement]"), or -1. */
  private static int mediumPhrase(DependencyTree tree, int verb) {
    int preposition = verb + 1;
    if (preposition >= tree.size() || !tree.hasRelation(preposition, "case")) {
      return -1;
    }
    Set<String> nouns = MEDIA.get(tree.token(preposition).word().toLowerCase(Locale.ROOT));
    int noun = tree.token(preposition).head();
    if (nouns == null || noun <= preposition || tree.token(noun).head() != verb || !tree.hasRelation(noun, "obl")
        || !nouns.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int j = preposition + 1; j < noun; j++) {
      if (tree.token(j).head() != noun) {
        return -1; // only the noun's own determiner and modifiers: "in a joint statement", "on social media"
      }
    }
    return noun;
  }

  /** Most adverbs and particles between a cue verb and its topic's preposition. */
  private static final int MAX_ADVERBS_BEFORE_TOPIC = 2;

  /** Verbs whose "with" phrase is what the source takes a side on: "agreed with [the analysis]". */
  private static final Set<String> AGREEING_VERBS = Set.of("agree", "disagree", "side", "concur", "sympathize");
  /** Prepositions the parser reads as the marker of an infinitive clause with its own subject. */
  private static final Set<String> INFINITIVE_MARKERS = Set.of("for", "on");

  /**
   * Whether the token after a cue verb is a "for" or "on" that the parser made the marker of an
   * infinitive clause on the verb, with that clause's subject after it: "called for [a special
   * prosecutor] to oversee", "called on [tech companies] to become". The preposition belongs to the
   * cue, and the subject and the clause are the content.
   */
  public static boolean isMarkerOfSubjectInfinitive(DependencyTree tree, int verb, int marker) {
    if (!INFINITIVE_MARKERS.contains(tree.token(marker).word().toLowerCase(Locale.ROOT))
        || !tree.hasRelation(marker, "mark")) {
      return false;
    }
    int clause = tree.token(marker).head();
    if (clause <= marker || tree.token(clause).head() != verb || !tree.token(clause).pos().startsWith("VB")) {
      return false;
    }
    int subject = tree.child(clause, "nsubj");
    int to = tree.childWord(clause, Set.of("to"));
    return subject > marker && subject < clause && to > subject && to < clause;
  }

  /** Whether a clause of the verb comes before it: "Prices rose, the agency reported on Monday." */
  private static boolean leftClause(DependencyTree tree, int verb) {
    for (int child : tree.children(verb)) {
      if (child < verb && (tree.hasRelation(child, "ccomp") || tree.hasRelation(child, "parataxis"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past participle modifying a noun, "officials believed to be responsible": a hedge on the
   * noun, not somebody's statement.
   */
  private static boolean isReducedPassive(DependencyTree tree, int verb) {
    String relation = tree.token(verb).relation();
    // "Asked about the vote, the senator said ...": a participle opening its sentence modifies no noun
    return verb != tree.sentenceOf(verb).firstToken() && tree.token(verb).pos().equals("VBN")
        && (relation.startsWith("acl") && !relation.equals("acl:relcl") || relation.equals("dep") || relation.equals("amod"))
        && tree.child(verb, "aux") < 0
        && tree.child(verb, "nsubj") < 0;
  }

  /**
   * Sentence openers built on "said" that report nobody: "That said, ...", "That being said, ...",
   * "Having said that, ..." (the writer's "nevertheless"; of the 6 in PolNeAR train, 1 is annotated,
   * as "[That] said" with no source).
   */
  private static final List<List<String>> DISCOURSE_MARKERS =
      List.of(List.of("that", "said", ","), List.of("that", "being", "said", ","), List.of("having", "said", "that", ","));

  /** Whether the verb at {@code verb} belongs to a discourse marker that opens its sentence. */
  private static boolean opensWithDiscourseMarker(DependencyTree tree, int verb, Sentence sentence) {
    for (List<String> marker : DISCOURSE_MARKERS) {
      int first = sentence.firstToken();
      int end = first + marker.size();
      if (end <= sentence.endToken() && verb < end) {
        boolean matches = true;
        for (int k = 0; k < marker.size() && matches; k++) {
          matches = tree.token(first + k).word().equalsIgnoreCase(marker.get(k));
        }
        if (matches) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the rest of a phrase's words follow the verb within a few tokens, in order. */
  private static boolean phraseFollows(DependencyTree tree, int verb, Sentence sentence, String[] words) {
    int w = 1;
    for (int j = verb + 1; j < sentence.endToken() && j <= verb + PHRASE_WINDOW && w < words.length; j++) {
      if (tree.token(j).word().equalsIgnoreCase(words[w])) {
        w++;
      }
    }
    return w == words.length;
  }

  /**
   * The leftmost auxiliary of the verb ("has", "was", "would"), so the cue reads "has said", and
   * the adverbs right before the verb or between it and its auxiliaries ("also said", "has
   * repeatedly said", "did not say"): PolNeAR's cues hold them (train: "also" inside 372 cues,
   * right before 21).
   */
  private static int firstAuxiliary(DependencyTree tree, int verb) {
    int first = leftmostAuxiliary(tree, verb, verb);
    // adverbs in the auxiliary chain, or one run of adverbs touching the verb
    int left = first;
    while (left - 1 >= 0 && isChainAdverb(tree, left - 1, verb)) {
      left--;
    }
    for (int i = left; i < verb; i++) {
      if (!isChainAdverb(tree, i, verb) && !tree.hasRelation(i, "aux") && tree.token(i).head() != verb) {
        return first; // something else sits between: keep the plain auxiliary chain
      }
    }
    return left;
  }

  /**
   * The leftmost auxiliary of {@code head} before {@code from} with no quote mark between it and
   * the head ("has said", "has been critical"), or {@code from} when there is none.
   */
  private static int leftmostAuxiliary(DependencyTree tree, int head, int from) {
    int first = from;
    for (int child : tree.children(head)) {
      if (child < first && tree.hasRelation(child, "aux") && !quoteMarkBetween(tree, child, head)) {
        first = child;
      }
    }
    return first;
  }

  /**
   * Whether a quote mark lies between two tokens: an auxiliary across one belongs to the quotation
   * ("... people who don’t,” Adelson said", a parse that hung the quotation's last words on the
   * cue), not to the cue.
   */
  private static boolean quoteMarkBetween(DependencyTree tree, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (QuoteMarks.isQuoteToken(tree.token(i).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isChainAdverb(DependencyTree tree, int token, int verb) {
    return tree.token(token).head() == verb && tree.hasRelation(token, "advmod")
        && tree.token(token).pos().startsWith("RB") && tree.token(token).sentence() == tree.token(verb).sentence();
  }

  /**
   * A headline's colon after a short capitalised name at the start of a line introduces what the
   * name says: "Paul Ryan: FBI Decision Defies Explanation".
   */
  private static boolean isHeadlineColon(DependencyTree tree, int colon, Sentence sentence) {
    int before = colon - sentence.firstToken();
    int after = sentence.endToken() - colon - 1;
    int start = sentence.begin();
    boolean lineStart = start == 0 || tree.text().charAt(start - 1) == '\n';
    if (!lineStart || before < 1 || before > HEADLINE_NAME_TOKENS || after < 3) {
      return false;
    }
    StringBuilder label = new StringBuilder();
    for (int i = sentence.firstToken(); i < colon; i++) {
      String word = tree.token(i).word();
      if (!Character.isUpperCase(word.codePointAt(0)) && !tree.token(i).pos().equals("POS")) {
        return false;
      }
      label.append(label.length() == 0 ? "" : " ").append(word.toLowerCase(Locale.ROOT));
    }
    return !EDITORIAL_LABELS.contains(label.toString().replace('\u2019', '\''));
  }

  /**
   * Labels of the newsroom's own notes, which name no speaker before their colon: "CORRECTION: An
   * earlier version misstated the date", "EDITOR'S NOTE: ...". Lower case, words as tokenised.
   */
  private static final Set<String> EDITORIAL_LABELS = Set.of("correction", "corrections", "clarification", "update",
      "updated", "editor 's note", "editors ' note", "note", "programming note");

  /** A colon introduces a quote when a quote mark follows it and a noun precedes it. */
  private static boolean introducesQuote(DependencyTree tree, int colon, Sentence sentence) {
    if (colon + 1 >= sentence.endToken() || colon == sentence.firstToken()) {
      return false;
    }
    String next = tree.token(colon + 1).word();
    boolean quoteFollows = !next.isEmpty() && "\"\u201C\u2018'`".indexOf(next.charAt(0)) >= 0;
    boolean nounBefore = tree.token(colon - 1).pos().startsWith("NN");
    return quoteFollows && nounBefore;
  }
}
