package org.claimspan.internal.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimspan.internal.engine.ModelCatalogue.Lexicon;
import org.claimspan.internal.engine.ModelCatalogue;
import org.claimspan.model.CueClass;

/**
 * The word lists the engine relies on, loaded from {@code models/lexicon} on the classpath (the
 * files {@link ModelCatalogue.Lexicon} names). Immutable and thread-safe once loaded.
 *
 * @param cueVerbs verb lemma to cue class ("say" to SPEECH)
 * @param cuePhrases multi-word cues, lower case, to cue class ("according to" to REPORT)
 * @param cueNouns nouns that carry an attribution ("statement", "interview") to cue class
 * @param titles titles and roles that may precede a name, lower case ("secretary", "sen.")
 * @param anonymousSources head nouns of unnamed sources ("officials", "spokesperson")
 * @param hedges words and phrases that hedge a claim ("might", "reportedly")
 * @param boilerplate patterns of page-furniture lines that yield nothing ("Also Read")
 */
public record Lexicons(
    Map<String, CueClass> cueVerbs,
    Map<String, CueClass> cuePhrases,
    Map<String, CueClass> cueNouns,
    Set<String> titles,
    Set<String> anonymousSources,
    Set<String> hedges,
    List<Pattern> boilerplate) {

  public Lexicons {
    cueVerbs = ImmutableMap.copyOf(cueVerbs);
    cuePhrases = ImmutableMap.copyOf(cuePhrases);
    cueNouns = ImmutableMap.copyOf(cueNouns);
    titles = ImmutableSet.copyOf(titles);
    anonymousSources = ImmutableSet.copyOf(anonymousSources);
    hedges = ImmutableSet.copyOf(hedges);
    boilerplate = ImmutableList.copyOf(boilerplate);
  }

  /** Loads the lexicons shipped with the library. */
  public static Lexicons loadDefault() {
    Map<String, CueClass> verbs = new LinkedHashMap<>();
    Map<String, CueClass> phrases = new LinkedHashMap<>();
    for (String[] row : rows(Lexicon.CUES)) {
      checkArgument(row.length >= 2, "cues.tsv: expected 'lemma<TAB>CLASS', got %s", String.join("|", row));
      String lemma = row[0].toLowerCase(Locale.ROOT);
      CueClass cueClass = CueClass.valueOf(row[1].trim());
      (lemma.contains(" ") ? phrases : verbs).put(lemma, cueClass);
    }
    Map<String, CueClass> nouns = new LinkedHashMap<>();
    for (String[] row : rows(Lexicon.CUE_NOUNS)) {
      nouns.put(row[0].toLowerCase(Locale.ROOT), CueClass.valueOf(row[1].trim()));
    }
    List<Pattern> boilerplate = new ArrayList<>();
    for (String line : lines(Lexicon.BOILERPLATE)) {
      boilerplate.add(Pattern.compile(line));
    }
    return new Lexicons(
        verbs,
        phrases,
        nouns,
        lowerCaseSet(Lexicon.TITLES),
        lowerCaseSet(Lexicon.ANONYMOUS_SOURCES),
        lowerCaseSet(Lexicon.HEDGES),
        boilerplate);
  }

  /** The cue class of a verb lemma, or null when it is not a cue verb. */
  public CueClass verbClass(String lemma) {
    return cueVerbs.get(lemma);
  }

  private static Set<String> lowerCaseSet(Lexicon file) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    for (String line : lines(file)) {
      set.add(line.toLowerCase(Locale.ROOT));
    }
    return set.build();
  }

  private static List<String[]> rows(Lexicon file) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(file)) {
      rows.add(line.split("\t"));
    }
    return rows;
  }

  /** Non-blank lines of a lexicon file, without {@code #} comment lines, trimmed. */
  private static List<String> lines(Lexicon file) {
    try (InputStream in = Lexicons.class.getResourceAsStream(file.resource())) {
      if (in == null) {
        throw new IllegalStateException("lexicon missing from the classpath: " + file.resource());
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file.fileName(), e);
    }
  }
}
