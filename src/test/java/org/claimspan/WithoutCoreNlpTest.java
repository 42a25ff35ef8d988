package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library as a fast-profile application has it: on a class loader without CoreNLP's jars (the
 * optional dependencies it did not declare). The fast profile works; the accurate one fails in
 * {@code build()} naming the artifacts to add.
 */
class WithoutCoreNlpTest {

  private static URLClassLoader withoutCoreNlp;

  @BeforeAll
  static void loadTheLibraryWithoutCoreNlp() throws MalformedURLException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean testClasses = path.endsWith(Path.of("target", "test-classes"));
      boolean coreNlp = path.getFileName().toString().startsWith("stanford-corenlp-");
      if (!entry.isEmpty() && !testClasses && !coreNlp) {
        urls.add(path.toUri().toURL());
      }
    }
    withoutCoreNlp = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    withoutCoreNlp.close();
  }

  @Test
  void coreNlpIsNotThere() {
    assertThatThrownBy(() -> withoutCoreNlp.loadClass("edu.stanford.nlp.pipeline.StanfordCoreNLP"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(withoutCoreNlp.getResource("edu/stanford/nlp/models/parser/nndep/english_UD.gz")).isNull();
  }

  @Test
  void theAccurateProfileNamesTheArtifactsToAdd() {
    assertThatThrownBy(() -> build("ACCURATE"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the accurate profile needs these artifacts on the classpath")
        .hasMessageContaining("edu.stanford.nlp:stanford-corenlp:")
        .hasMessageContaining(":models (edu/stanford/nlp/models/");
  }

  @Test
  void theFastProfileRunsWithoutCoreNlp() throws Exception {
    Object extractor = build("FAST");
    Class<?> documentClass = withoutCoreNlp.loadClass(Document.class.getName());
    Object document =
        documentClass
            .getMethod("of", String.class, String.class)
            .invoke(null, "d1", "\"We will not raise taxes,\" the mayor said on Tuesday.");
    Object result = extractor.getClass().getMethod("extract", documentClass).invoke(extractor, document);
    List<?> attributions = (List<?>) result.getClass().getMethod("attributions").invoke(result);
    assertThat(attributions).hasSize(1);
  }

  /** {@code ClaimExtractor.builder().profile(Profile.valueOf(profile)).build()} in that loader. */
  private static Object build(String profile) throws Exception {
    Class<?> extractorClass = withoutCoreNlp.loadClass(ClaimExtractor.class.getName());
    Class<?> profileClass = withoutCoreNlp.loadClass(Profile.class.getName());
    assertThat(extractorClass).isNotSameAs(ClaimExtractor.class);
    Object builder = extractorClass.getMethod("builder").invoke(null);
    Object value = profileClass.getMethod("valueOf", String.class).invoke(null, profile);
    builder.getClass().getMethod("profile", profileClass).invoke(builder, value);
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }
}
