package org.claimspan.backend;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * A Maven artifact a profile needs on the classpath, and how to tell that it is there: classes it
 * holds and resources (model files) it holds. Immutable and thread-safe.
 *
 * @param coordinates {@code groupId:artifactId:version[:classifier]}, as the message names it
 * @param classes binary names of classes the artifact holds
 * @param resources class-loader paths (no leading {@code /}) of files the artifact holds
 */
public record RequiredArtifact(String coordinates, List<String> classes, List<String> resources) {

  public RequiredArtifact {
    checkNotNull(coordinates, "coordinates");
    classes = List.copyOf(classes);
    resources = List.copyOf(resources);
    checkArgument(!classes.isEmpty() || !resources.isEmpty(), "%s: nothing to look for", coordinates);
    for (String resource : resources) {
      checkArgument(!resource.startsWith("/"), "%s: resource %s starts with /", coordinates, resource);
    }
  }

  /** An artifact told by one of its classes. */
  public static RequiredArtifact withClass(String coordinates, String className) {
    return new RequiredArtifact(coordinates, List.of(className), List.of());
  }

  /** An artifact told by its resources. */
  public static RequiredArtifact withResources(String coordinates, String... resources) {
    return new RequiredArtifact(coordinates, List.of(), List.of(resources));
  }

  /**
   * The first class or resource of this artifact that {@code loader} cannot find, or empty when it
   * finds them all. Classes are looked up without being initialised.
   */
  public Optional<String> firstMissing(ClassLoader loader) {
    checkNotNull(loader, "loader");
    for (String className : classes) {
      try {
        Class.forName(className, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        return Optional.of("class " + className);
      }
    }
    for (String resource : resources) {
      if (loader.getResource(resource) == null) {
        return Optional.of(resource);
      }
    }
    return Optional.empty();
  }
}
