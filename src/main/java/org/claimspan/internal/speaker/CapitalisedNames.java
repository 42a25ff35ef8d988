package org.claimspan.internal.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.EntityMention;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Names for a text the backend found no entities in: runs of capitalised proper nouns, typed by
 * the words around them. A run after a title from the lexicon ("Sen.", "Secretary of State"), a
 * run of two or three plain words ("Mike Pompeo") and a single word that ends an earlier person's
 * name ("Pompeo") are people; a run holding an organisation word ("Department", "Party") and any
 * other run are organisations, which is also how a pronoun like "it" finds a country. Stateless
 * and thread-safe.
 */
public final class CapitalisedNames {
  private static final Set<String> ORGANISATION_WORDS = Set.of("department", "party", "committee", "house",
      "senate", "congress", "court", "post", "times", "news", "journal", "press", "inc.", "corp.", "co.", "university",
      "college", "association", "council", "commission", "agency", "bureau", "ministry", "institute", "foundation",
      "group", "campaign", "administration", "office", "service", "bank", "fund", "union", "network", "center",
      "centre", "organization", "organisation", "company", "state", "states", "republic", "church", "school",
      "board", "force", "army", "police", "fbi", "cia", "un", "nato", "eu", "gop", "cnn", "abc", "nbc", "cbs", "fox",
      "reuters", "county", "city", "club", "team", "magazine", "media", "project", "coalition", "alliance", "front");
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
  private static final int MAX_TITLE_WORDS = 4;

  private final Set<String> titles;

  /** @param titles lower-case titles and roles that may precede a name */
  public CapitalisedNames(Set<String> titles) {
    this.titles = titles;
  }

  /**
   * The analysis as is when its backend found named entities, else with guessed names as its
   * entities: speakers need names even from a backend without NER. Never null.
   */
  public AnalyzedText withNamesIfMissing(AnalyzedText analysis) {
    return analysis.has(Capability.NAMED_ENTITIES) ? analysis : withNames(analysis);
  }

  /** The analysis with guessed names as its entities; its capabilities are unchanged. */
  public AnalyzedText withNames(AnalyzedText analysis) {
    List<EntityMention> mentions = new ArrayList<>();
    // Last words of the multi-word person names seen so far: a lone "Hale" after "Tom Hale" is a person.
    Set<String> surnames = new HashSet<>();
    for (Sentence sentence : analysis.sentences()) {
      List<Token> tokens = analysis.tokensOf(sentence);
      int i = 0;
      while (i < tokens.size()) {
        if (!isNameWord(tokens, i)) {
          i++;
          continue;
        }
        int start = i;
        while (i < tokens.size() && isNameWord(tokens, i)) {
          i++;
        }
        int titleEnd = titleLength(tokens, start, i);
        addMention(analysis.text(), tokens, start + titleEnd, i, titleEnd > 0 || titledBefore(tokens, start), mentions, surnames);
      }
    }
    return new AnalyzedText(analysis.text(), analysis.sentences(), analysis.tokens(), mentions, analysis.capabilities());
  }

  private void addMention(String text, List<Token> tokens, int start, int end, boolean titled,
      List<EntityMention> mentions, Set<String> surnames) {
    while (start < end && CALENDAR.contains(lower(tokens.get(start)))) {
      start++;
    }
    if (start >= end) {
      return;
    }
    Token first = tokens.get(start);
    Token last = tokens.get(end - 1);
    int endChar = withoutPossessive(last);
    if (endChar <= first.begin()) {
      return;
    }
    String name = text.substring(first.begin(), endChar);
    String type = type(tokens, start, end, name, titled, surnames);
    if (type.equals("PERSON") && name.contains(" ")) {
      surnames.add(name.substring(name.lastIndexOf(' ') + 1));
    }
    mentions.add(new EntityMention(first.begin(), endChar, first.index(), last.index() + 1, type));
  }

  private String type(List<Token> tokens, int start, int end, String name, boolean titled, Set<String> surnames) {
    for (int i = start; i < end; i++) {
      if (ORGANISATION_WORDS.contains(lower(tokens.get(i)))) {
        return "ORGANIZATION";
      }
    }
    if (titled) {
      return "PERSON";
    }
    int words = end - start;
    if (words == 1) {
      return surnames.contains(name) ? "PERSON" : "ORGANIZATION";
    }
    return words <= 3 && allPlainWords(tokens, start, end) ? "PERSON" : "ORGANIZATION";
  }

  private static boolean allPlainWords(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      String word = tokens.get(i).word();
      boolean initial = word.length() == 2 && word.charAt(1) == '.';
      boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      if (allCaps && !initial) {
        return false; // "FBI", "NATO" are organisations
      }
    }
    return true;
  }

  /** How many words at the start of a run are a title from the lexicon ("Secretary of State"). */
  private int titleLength(List<Token> tokens, int start, int end) {
    int longest = 0;
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i < end - 1 && i < start + MAX_TITLE_WORDS; i++) {
      if (i > start) {
        phrase.append(' ');
      }
      phrase.append(lower(tokens.get(i)));
      if (titles.contains(phrase.toString())) {
        longest = i - start + 1;
      }
    }
    return longest;
  }

  /** Whether a lower-case title or role comes right before the run: "the senator John Roe", "spokesman Joe Day". */
  private boolean titledBefore(List<Token> tokens, int start) {
    return start > 0 && titles.contains(lower(tokens.get(start - 1)));
  }

  /**
   * A capitalised proper noun, or any capitalised word inside a sentence: the tagger misreads
   * rare names ("Denise/NN Okafor/IN"), while inside a sentence English capitalises little else.
   */
  private static boolean isNameWord(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String word = token.word();
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    if (token.pos().startsWith("NNP")) {
      return true;
    }
    boolean opensSentence = i == 0 || tokens.get(i - 1).isPunctuation() && !tokens.get(i - 1).word().equals(",");
    return !opensSentence && !token.isPronoun() && !word.equals("I") && Character.isLetter(word.codePointAt(word.length() - 1));
  }

  /** The end offset of a token without a possessive "'s" the tokenizer left on it ("Clinton's"). */
  private static int withoutPossessive(Token token) {
    String word = token.word();
    if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
      return token.end() - 2;
    }
    return token.end();
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
