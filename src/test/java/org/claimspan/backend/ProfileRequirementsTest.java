package org.claimspan.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.claimspan.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each profile's optional artifacts: found on the test classpath, named when missing. */
class ProfileRequirementsTest {

  private static final ClassLoader CLASSPATH = ProfileRequirementsTest.class.getClassLoader();

  /** A class loader with the JDK's classes only: every optional artifact is missing. */
  private static final ClassLoader NOTHING = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theTestClasspathHasEveryProfilesArtifacts(Profile profile) {
    ProfileRequirements.check(profile, CLASSPATH);
    for (RequiredArtifact artifact : ProfileRequirements.of(profile)) {
      assertThat(artifact.firstMissing(CLASSPATH)).as(artifact.coordinates()).isEmpty();
    }
  }

  /**
   * The coordinates in the messages are those of the jars the build put on the classpath: each
   * artifact's first class or resource is found in the jar named artifactId-version[-classifier].
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void coordinatesNameTheJarsOnTheClasspath(Profile profile) {
    for (RequiredArtifact artifact : ProfileRequirements.of(profile)) {
      String[] parts = artifact.coordinates().split(":");
      assertThat(parts).as(artifact.coordinates()).hasSizeBetween(3, 4);
      String jar = parts[1] + "-" + parts[2] + (parts.length == 4 ? "-" + parts[3] : "") + ".jar";
      String probe =
          artifact.classes().isEmpty()
              ? artifact.resources().get(0)
              : artifact.classes().get(0).replace('.', '/') + ".class";
      URL found = CLASSPATH.getResource(probe);
      assertThat(found).as(probe).isNotNull();
      assertThat(found.toString()).as(artifact.coordinates()).contains("/" + jar + "!/");
    }
  }

  @Test
  void aMissingModelsJarIsNamedWithItsClassifier() {
    ClassLoader withoutModels = hiding("edu/stanford/nlp/models/");
    assertThatIllegalStateException()
        .isThrownBy(() -> ProfileRequirements.check(Profile.ACCURATE, withoutModels))
        .withMessageContaining("the accurate profile needs this artifact on the classpath:")
        .withMessageContaining("edu.stanford.nlp:stanford-corenlp:" + corenlpVersion() + ":models (")
        .withMessageContaining("edu/stanford/nlp/models/")
        .withMessageNotContaining("stanford-corenlp:" + corenlpVersion() + " (")
        .withMessageContaining("Use it from Maven");
    ProfileRequirements.check(Profile.FAST, withoutModels);
  }

  @Test
  void everyMissingArtifactIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ProfileRequirements.check(Profile.ACCURATE, NOTHING))
        .withMessageContaining("these artifacts")
        .withMessageContaining(
            "edu.stanford.nlp:stanford-corenlp:" + corenlpVersion()
                + " (class edu.stanford.nlp.pipeline.StanfordCoreNLP not found)")
        .withMessageContaining("edu.stanford.nlp:stanford-corenlp:" + corenlpVersion() + ":models");
    assertThatIllegalStateException()
        .isThrownBy(() -> ProfileRequirements.check(Profile.FAST, NOTHING))
        .withMessageContaining("the fast profile needs these artifacts")
        .withMessageContaining("org.apache.opennlp:opennlp-models-sentdetect-en:")
        .withMessageContaining("org.apache.opennlp:opennlp-models-tokenizer-en:")
        .withMessageContaining("org.apache.opennlp:opennlp-models-pos-en:")
        .withMessageContaining("org.apache.opennlp:opennlp-models-lemmatizer-en:");
  }

  @Test
  void callerMistakesFailFast() {
    assertThatNullPointerException().isThrownBy(() -> ProfileRequirements.check(null, CLASSPATH));
    assertThatNullPointerException().isThrownBy(() -> ProfileRequirements.check(Profile.FAST, null));
  }

  private static String corenlpVersion() {
    return ProfileRequirements.of(Profile.ACCURATE).get(0).coordinates().split(":")[2];
  }

  /** The test classpath without the resources under {@code prefix}, as if their jar were absent. */
  private static ClassLoader hiding(String prefix) {
    return new ClassLoader(CLASSPATH) {
      @Override
      public URL getResource(String name) {
        return name.startsWith(prefix) ? null : super.getResource(name);
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(prefix) ? Collections.emptyEnumeration() : super.getResources(name);
      }
    };
  }

  @Test
  void requiredArtifactsCheckTheirArguments() {
    assertThat(RequiredArtifact.withResources("g:a:1", "x.bin").resources()).isEqualTo(List.of("x.bin"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RequiredArtifact.withResources("g:a:1", "/x.bin"))
        .withMessageContaining("/x.bin");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RequiredArtifact("g:a:1", List.of(), List.of()))
        .withMessageContaining("g:a:1");
  }
}
