package org.claimspan.backend;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.claimspan.Profile;
import org.claimspan.backend.corenlp.CoreNlpArtifacts;
import org.claimspan.backend.opennlp.OpenNlpArtifacts;

/**
 * The optional artifacts each profile needs on the classpath. The library's own dependencies are
 * what every profile shares; each profile's backend and models are optional Maven dependencies that
 * the application declares (README, "Use it from Maven"), so that a fast-profile application does
 * not download CoreNLP. This checks, before a backend is loaded, that its artifacts are there, and
 * otherwise fails naming the ones to add. Stateless and thread-safe.
 */
public final class ProfileRequirements {

  private static final String VERSIONS = "artifact-versions.properties";

  private ProfileRequirements() {}

  /**
   * The artifacts the profile needs besides the library's own dependencies.
   *
   * @param profile not null
   * @return the artifacts, never null
   */
  public static List<RequiredArtifact> of(Profile profile) {
    checkNotNull(profile, "profile");
    Properties versions = versions();
    return switch (profile) {
      case ACCURATE -> CoreNlpArtifacts.required(versions.getProperty("corenlp"));
      case FAST -> OpenNlpArtifacts.required(versions.getProperty("opennlp-models"));
    };
  }

  /**
   * Checks that {@code loader} finds every artifact the profile needs.
   *
   * @param profile not null
   * @param loader the class loader the backend will load its classes and models through, not null
   * @throws IllegalStateException naming each missing artifact by its Maven coordinates, and what
   *     was looked for in it
   */
  public static void check(Profile profile, ClassLoader loader) {
    checkNotNull(loader, "loader");
    List<String> missing = new ArrayList<>();
    for (RequiredArtifact artifact : of(profile)) {
      Optional<String> absent = artifact.firstMissing(loader);
      absent.ifPresent(what -> missing.add(artifact.coordinates() + " (" + what + " not found)"));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "the "
              + profile.id()
              + " profile needs "
              + (missing.size() == 1 ? "this artifact" : "these artifacts")
              + " on the classpath: "
              + String.join(", ", missing)
              + "; add "
              + (missing.size() == 1 ? "it" : "them")
              + " to the application's dependencies (see \"Use it from Maven\" in Claimspan's README)");
    }
  }

  private static Properties versions() {
    Properties versions = new Properties();
    try (InputStream in = ProfileRequirements.class.getResourceAsStream(VERSIONS)) {
      if (in == null) {
        throw new IllegalStateException(
            VERSIONS + " is missing next to " + ProfileRequirements.class.getName() + "; the jar is incomplete");
      }
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VERSIONS, e);
    }
    return versions;
  }
}
