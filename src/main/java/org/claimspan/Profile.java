package org.claimspan;

/**
 * Which linguistic backend and settings an extractor uses. Each profile's backend and models are
 * optional dependencies of the library, which the application declares for the profiles it uses
 * (the README's "Use it from Maven" lists them); {@link ClaimExtractor.Builder#build()} names any
 * that are missing.
 */
public enum Profile {
  /**
   * Stanford CoreNLP: tokens, part-of-speech, lemmas, named entities and dependency parses. The
   * most accurate profile; loads in seconds and needs about 2 GB of heap. Needs {@code
   * edu.stanford.nlp:stanford-corenlp} and its {@code models} jar.
   */
  ACCURATE,
  /**
   * Apache OpenNLP: tokens, part-of-speech and lemmas, no named entities and no parse, so sources
   * and contents come from part-of-speech patterns around cue words and speakers from capitalised
   * names. Many times faster than {@link #ACCURATE}, loads in about a second and runs in a small
   * heap, at some cost in accuracy. Needs the {@code org.apache.opennlp:opennlp-models-*-en} jars
   * for sentences, tokens, part-of-speech and lemmas.
   */
  FAST;

  /** The profile's name as used on the command line and in JSON ({@code "accurate"}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The profile with the given command-line name, case ignored.
   *
   * @throws IllegalArgumentException naming the known profiles if there is none by that name
   */
  public static Profile fromId(String id) {
    for (Profile profile : values()) {
      if (profile.id().equalsIgnoreCase(id.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '" + id + "'; known profiles: " + java.util.Arrays.toString(values()));
  }
}
