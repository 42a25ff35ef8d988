package org.claimspan.backend;

import static com.google.common.base.Preconditions.checkNotNull;

import org.claimspan.Profile;
import org.claimspan.backend.corenlp.CoreNlpBackend;
import org.claimspan.backend.opennlp.OpenNlpBackend;
import org.claimspan.spi.LinguisticBackend;

/** The backend of each profile. Stateless. */
public final class Backends {
  private Backends() {}

  /**
   * Loads a new backend for the profile (seconds for {@link Profile#ACCURATE}, about one for {@link
   * Profile#FAST}); backends hold no global state, so each call loads its own models.
   *
   * @param profile the profile, not null
   * @return the backend, never null; thread-safe
   * @throws IllegalStateException naming the Maven artifacts to add when the profile's optional
   *     dependencies are not on the classpath (see {@link ProfileRequirements})
   */
  public static LinguisticBackend forProfile(Profile profile) {
    checkNotNull(profile, "profile");
    ProfileRequirements.check(profile, Backends.class.getClassLoader());
    return switch (profile) {
      case ACCURATE -> new CoreNlpBackend();
      case FAST -> new OpenNlpBackend();
    };
  }
}
