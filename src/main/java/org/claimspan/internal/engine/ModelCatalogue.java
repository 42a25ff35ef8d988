package org.claimspan.internal.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimspan.Profile;

/**
 * Every model and lexicon file the library packages, under {@value #ROOT} on the class path (the
 * repository's {@code models/} folder), and the profile each one serves. The classes that load them
 * take their paths from here. The linguistic backends' own models (CoreNLP's, OpenNLP's) come
 * from Maven artifacts and are named by the backends. Stateless and thread-safe.
 */
public final class ModelCatalogue {
  /** Where the packaged files lie on the class path. */
  public static final String ROOT = "/org/claimspan/models/";

  private ModelCatalogue() {}

  /**
   * A trained model: its file and the properties file beside it (holding its threshold or
   * margin), and the profiles that read it. A parsed-text model serves the accurate profile, whose
   * backend parses; a pattern model serves the fast profile, whose backend only tags.
   */
  public enum Model {
    /** Keeps or drops candidate attributions found in a parse. */
    ATTRIBUTION_FILTER("attribution", "attribution-filter-en.bin", "attribution model", Profile.ACCURATE),
    /** Keeps or drops candidate attributions found by part-of-speech patterns. */
    ATTRIBUTION_FILTER_PATTERNS(
        "attribution", "attribution-filter-patterns-en.bin", "attribution model", Profile.FAST),
    /** Places a content's bounds in parsed text. */
    CONTENT_BOUNDS("attribution", "content-bounds-en.tsv", "content boundary model", Profile.ACCURATE),
    /** Places a content's bounds in text without a parse. */
    CONTENT_BOUNDS_PATTERNS(
        "attribution", "content-bounds-patterns-en.tsv", "content boundary model", Profile.FAST),
    /** Places a cue's bounds in parsed text. */
    CUE_BOUNDS("attribution", "cue-bounds-en.tsv", "cue boundary model", Profile.ACCURATE),
    /** Places a cue's bounds in text without a parse. */
    CUE_BOUNDS_PATTERNS("attribution", "cue-bounds-patterns-en.tsv", "cue boundary model", Profile.FAST),
    /** Places a source's bounds in parsed text. */
    SOURCE_BOUNDS("attribution", "source-bounds-en.tsv", "source boundary model", Profile.ACCURATE),
    /** Places a source's bounds in text without a parse. */
    SOURCE_BOUNDS_PATTERNS(
        "attribution", "source-bounds-patterns-en.tsv", "source boundary model", Profile.FAST),
    /** Scores claims' check-worthiness from their words alone. */
    CHECKWORTHY("checkworthy", "checkworthy-en.bin", "check-worthiness model", Profile.ACCURATE, Profile.FAST);

    private final String folder;
    private final String fileName;
    private final String description;
    private final Set<Profile> profiles;

    Model(String folder, String fileName, String description, Profile... profiles) {
      this.folder = folder;
      this.fileName = fileName;
      this.description = description;
      this.profiles = Set.copyOf(Arrays.asList(profiles));
    }

    /** The model's file name, such as {@code attribution-filter-en.bin}. */
    public String fileName() {
      return fileName;
    }

    /** The file name of the properties beside the model: its name with {@code .properties}. */
    public String propertiesFileName() {
      return fileName.substring(0, fileName.lastIndexOf('.')) + ".properties";
    }

    /** The model's class-path resource, such as {@code /org/claimspan/models/attribution/...}. */
    public String resource() {
      return ROOT + folder + "/" + fileName;
    }

    /** The class-path resource of the properties beside the model. */
    public String propertiesResource() {
      return ROOT + folder + "/" + propertiesFileName();
    }

    /** What the model is, for messages: {@code "cue boundary model"}. */
    public String description() {
      return description;
    }

    /** The profiles that read the model; never empty. */
    public Set<Profile> profiles() {
      return profiles;
    }

    /** Whether this build has the model on its class path. */
    public boolean isPackaged() {
      return ModelCatalogue.class.getResource(resource()) != null;
    }
  }

  /** A word list, read by every profile. */
  public enum Lexicon {
    /** Cue verbs and phrases with their cue classes. */
    CUES("cues.tsv"),
    /** Nouns that carry an attribution, with their cue classes. */
    CUE_NOUNS("cue-nouns.tsv"),
    /** Patterns of page furniture lines set aside before analysis. */
    BOILERPLATE("boilerplate.txt"),
    /** Titles and roles that may precede a name. */
    TITLES("titles.txt"),
    /** Phrases that name an unnamed source ("officials"). */
    ANONYMOUS_SOURCES("anonymous-sources.txt"),
    /** Words that hedge a claim. */
    HEDGES("hedges.txt");

    private final String fileName;

    Lexicon(String fileName) {
      this.fileName = fileName;
    }

    /** The lexicon's file name, such as {@code cues.tsv}. */
    public String fileName() {
      return fileName;
    }

    /** The lexicon's class-path resource. */
    public String resource() {
      return ROOT + "lexicon/" + fileName;
    }
  }

  /** The models {@code profile} reads, in catalogue order. */
  public static List<Model> modelsOf(Profile profile) {
    checkNotNull(profile, "profile");
    return EnumSet.allOf(Model.class).stream().filter(model -> model.profiles().contains(profile)).toList();
  }
}
