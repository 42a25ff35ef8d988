package org.claimspan.internal.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one sentence into the feature strings of the check-worthiness model: lexical uni- and
 * bigrams plus a few cues the literature finds predictive (numbers and quantities, capitalised
 * names, tense and modals, first/second person, questions, comparatives, hedges, length). Works
 * on the raw string with a regex tokenizer, not on a parse, so training over 22,500 sentences takes
 * seconds and the scorer needs no linguistic backend. Stateless and thread-safe.
 */
public final class CheckworthyFeatures {
  // Words, numbers with separators, and the symbols that carry meaning here.
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*|\\d+(?:[.,]\\d+)*|[$%?!\u20AC\u00A3]");
  // Compiled once: String.matches compiles its pattern on every call, once per word here.
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,].*");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Set<String> NUMBER_WORDS = Set.of(
      "hundred", "thousand", "million", "millions", "billion", "billions", "trillion", "trillions",
      "percent", "twice", "half", "double", "triple", "dozen", "dozens");
  private static final Set<String> SMALL_NUMBERS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "i'm", "i've", "i'd", "i'll");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "we're", "we've", "we'll");
  private static final Set<String> SECOND = Set.of("you", "your", "you're", "you've");
  private static final Set<String> FUTURE = Set.of("will", "ll", "going", "gonna", "i'll", "we'll", "would", "i'd");
  private static final Set<String> OBLIGATION = Set.of("must", "should", "need", "needs", "ought", "have");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "voted", "passed", "cut", "raised", "increased", "decreased");
  private static final Set<String> HEDGES = Set.of(
      "might", "may", "could", "perhaps", "maybe", "probably", "possibly", "likely", "think", "believe", "hope", "feel");
  private static final Set<String> COMPARATIVES = Set.of(
      "more", "less", "fewer", "most", "least", "than", "largest", "biggest", "highest", "lowest", "worst", "best", "record");
  private static final Set<String> GREETINGS = Set.of(
      "thank", "thanks", "applause", "laughter", "crosstalk", "congratulations", "welcome", "hello", "okay", "ok");
  private static final Set<String> TIME_WORDS = Set.of(
      "year", "years", "month", "months", "since", "ago", "last", "today", "decade", "century", "january",
      "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

  /** The feature strings of {@code sentence}, without duplicates, in a fixed order. */
  public List<String> features(String sentence) {
    List<String> raw = tokens(sentence);
    List<String> words = new ArrayList<>(raw.size());
    for (String token : raw) {
      words.add(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    Set<String> features = new LinkedHashSet<>();
    features.add("bias");
    String previous = "<s>";
    for (String word : words) {
      String norm = word.chars().allMatch(Character::isDigit) || DECIMAL.matcher(word).matches() ? "<num>" : word;
      features.add("w=" + norm);
      features.add("b=" + previous + "_" + norm);
      previous = norm;
    }
    features.add("b=" + previous + "_</s>");
    addCues(raw, words, sentence, features);
    return new ArrayList<>(features);
  }

  private static void addCues(List<String> raw, List<String> words, String sentence, Set<String> features) {
    int numbers = 0;
    int capitalised = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (Character.isDigit(word.charAt(0))) {
        numbers++;
        if (YEAR.matcher(word).matches()) {
          features.add("year");
        }
      }
      if (NUMBER_WORDS.contains(word)) {
        features.add("number-word");
        numbers++;
      }
      if (SMALL_NUMBERS.contains(word)) {
        features.add("small-number-word");
      }
      if (word.equals("%") || word.equals("percent")) {
        features.add("percent");
      }
      if (word.equals("$") || word.equals("dollars")) {
        features.add("money");
      }
      // A capitalised word inside the sentence, not "I": a name, a place, a bill, an agency.
      if (i > 0 && Character.isUpperCase(raw.get(i).charAt(0)) && !word.equals("i") && !word.startsWith("i'")) {
        capitalised++;
      }
      flag(word, FIRST_SINGULAR, "person=1s", features);
      flag(word, FIRST_PLURAL, "person=1p", features);
      flag(word, SECOND, "person=2", features);
      flag(word, FUTURE, "future", features);
      flag(word, OBLIGATION, "obligation", features);
      flag(word, PAST, "past", features);
      flag(word, HEDGES, "hedge", features);
      flag(word, COMPARATIVES, "comparative", features);
      flag(word, GREETINGS, "greeting", features);
      flag(word, TIME_WORDS, "time", features);
      if (word.endsWith("ed") && word.length() > 4) {
        features.add("ed-word");
      }
    }
    features.add("numbers=" + Math.min(numbers, 3));
    features.add("names=" + Math.min(capitalised, 4));
    features.add("length=" + bucket(words.size()));
    if (sentence.strip().endsWith("?")) {
      features.add("question");
    }
    if (sentence.contains("!")) {
      features.add("exclamation");
    }
    if (!words.isEmpty()) {
      features.add("first=" + words.get(0));
    }
  }

  private static void flag(String word, Set<String> set, String feature, Set<String> features) {
    if (set.contains(word)) {
      features.add(feature);
    }
  }

  private static String bucket(int length) {
    if (length <= 4) {
      return "tiny";
    }
    if (length <= 9) {
      return "short";
    }
    if (length <= 20) {
      return "medium";
    }
    return length <= 35 ? "long" : "very-long";
  }

  private static List<String> tokens(String sentence) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
