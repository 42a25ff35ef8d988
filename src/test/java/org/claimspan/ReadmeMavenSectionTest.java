package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.backend.ProfileRequirements;
import org.claimspan.backend.RequiredArtifact;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it from Maven" says what the example applications do: its dependency blocks
 * are those of {@code examples/embedding-fast} and {@code examples/embedding-accurate}, they name
 * exactly the artifacts each profile needs at the versions this build uses, and its class is the
 * examples' class, verbatim.
 */
class ReadmeMavenSectionTest {

  private static final Path FAST_EXAMPLE = Path.of("examples/embedding-fast");
  private static final Path ACCURATE_EXAMPLE = Path.of("examples/embedding-accurate");
  private static final Path CLASS_FILE = Path.of("src/main/java/example/WhoSaidWhat.java");

  @Test
  void theClassIsTheExamplesClassVerbatim() throws IOException {
    List<String> java = blocks("java");
    assertThat(java).hasSize(1);
    assertThat(Files.readString(FAST_EXAMPLE.resolve(CLASS_FILE))).isEqualTo(java.get(0));
    assertThat(Files.readString(ACCURATE_EXAMPLE.resolve(CLASS_FILE))).isEqualTo(java.get(0));
  }

  @Test
  void eachProfilesBlockIsWhatItsExampleDeclares() throws IOException {
    List<String> xml = blocks("xml");
    assertThat(xml).hasSize(2);
    assertThat(normalised(Files.readString(FAST_EXAMPLE.resolve("pom.xml")))).contains(normalised(xml.get(0)));
    assertThat(normalised(Files.readString(ACCURATE_EXAMPLE.resolve("pom.xml")))).contains(normalised(xml.get(1)));
  }

  @Test
  void eachBlockNamesTheLibraryAndItsProfilesArtifacts() throws IOException {
    List<String> xml = blocks("xml");
    assertThat(coordinates(xml.get(0))).isEqualTo(expected(Profile.FAST));
    assertThat(coordinates(xml.get(1))).isEqualTo(expected(Profile.ACCURATE));
  }

  /** The library at this build's version, then the profile's optional artifacts. */
  private static Set<String> expected(Profile profile) throws IOException {
    Set<String> expected = new LinkedHashSet<>();
    expected.add("org.claimspan:claimspan:" + projectVersion());
    for (RequiredArtifact artifact : ProfileRequirements.of(profile)) {
      expected.add(artifact.coordinates());
    }
    return expected;
  }

  private static String projectVersion() throws IOException {
    Matcher version =
        Pattern.compile("<artifactId>claimspan</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).as("the project's version in pom.xml").isTrue();
    return version.group(1);
  }

  /** {@code groupId:artifactId:version[:classifier]} of each dependency in a block, in order. */
  private static Set<String> coordinates(String block) {
    Set<String> coordinates = new LinkedHashSet<>();
    Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(block);
    while (dependency.find()) {
      String body = dependency.group(1);
      String classifier = element(body, "classifier");
      coordinates.add(
          element(body, "groupId") + ":" + element(body, "artifactId") + ":" + element(body, "version")
              + (classifier.isEmpty() ? "" : ":" + classifier));
    }
    return coordinates;
  }

  private static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    return matcher.find() ? matcher.group(1).trim() : "";
  }

  /** The fenced blocks of a language in the README's "Use it from Maven" section. */
  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("\n## Use it from Maven\n");
    assertThat(start).as("README's 'Use it from Maven' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("\n```" + language + "\n(.*?\n)```\n", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  /** XML with its layout taken out: runs of white space as one space, none between tags. */
  private static String normalised(String xml) {
    return xml.replaceAll("\\s+", " ").replace("> <", "><").trim();
  }
}
