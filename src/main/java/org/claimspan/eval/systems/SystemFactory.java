package org.claimspan.eval.systems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimspan.Profile;

/** Creates systems under test by name: a Claimspan profile id or {@code corenlp-quote}. Stateless. */
public final class SystemFactory {

  private SystemFactory() {}

  /** All names {@link #create(String)} accepts. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    Arrays.stream(Profile.values()).map(Profile::id).forEach(names::add);
    names.add(CoreNlpQuotePeer.NAME);
    return names;
  }

  /**
   * Loads the named system (takes seconds).
   *
   * @throws IllegalArgumentException naming the known systems if there is none by that name
   */
  public static SystemUnderTest create(String name) {
    if (name.trim().equalsIgnoreCase(CoreNlpQuotePeer.NAME)) {
      return new CoreNlpQuotePeer();
    }
    for (Profile profile : Profile.values()) {
      if (profile.id().equalsIgnoreCase(name.trim())) {
        return new ClaimspanProfileSystem(profile);
      }
    }
    throw new IllegalArgumentException("unknown profile '" + name + "'; known: " + names());
  }
}
