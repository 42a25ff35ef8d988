package org.claimspan.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimspan.Profile;
import org.claimspan.internal.engine.ModelCatalogue.Lexicon;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.junit.jupiter.api.Test;

/** The catalogue names every file of {@code models/}, and each one it names is packaged. */
class ModelCatalogueTest {
  private static final Path MODELS = Path.of("models");

  @Test
  void everyCataloguedFileIsOnTheClassPath() {
    for (Model model : Model.values()) {
      assertThat(model.isPackaged()).as(model.resource()).isTrue();
      assertThat(ModelCatalogue.class.getResource(model.propertiesResource())).as(model.propertiesResource()).isNotNull();
    }
    for (Lexicon lexicon : Lexicon.values()) {
      assertThat(ModelCatalogue.class.getResource(lexicon.resource())).as(lexicon.resource()).isNotNull();
    }
  }

  @Test
  void everyFileOfTheModelsFolderIsCatalogued() throws IOException {
    List<String> catalogued = new ArrayList<>();
    for (Model model : Model.values()) {
      catalogued.add(model.resource());
      catalogued.add(model.propertiesResource());
    }
    for (Lexicon lexicon : Lexicon.values()) {
      catalogued.add(lexicon.resource());
    }
    List<String> packaged;
    try (Stream<Path> files = Files.walk(MODELS)) {
      packaged = files.filter(Files::isRegularFile)
          .map(file -> MODELS.relativize(file).toString().replace('\\', '/'))
          .filter(name -> !name.equals("README.md") && !name.startsWith("tools/"))
          .map(name -> ModelCatalogue.ROOT + name)
          .toList();
    }
    assertThat(catalogued).containsExactlyInAnyOrderElementsOf(packaged);
  }

  @Test
  void eachProfileReadsItsOwnModelsAndTheSharedOnes() {
    assertThat(ModelCatalogue.modelsOf(Profile.ACCURATE))
        .contains(Model.ATTRIBUTION_FILTER, Model.CONTENT_BOUNDS, Model.CHECKWORTHY)
        .doesNotContain(Model.ATTRIBUTION_FILTER_PATTERNS);
    assertThat(ModelCatalogue.modelsOf(Profile.FAST))
        .contains(Model.ATTRIBUTION_FILTER_PATTERNS, Model.SOURCE_BOUNDS_PATTERNS, Model.CHECKWORTHY)
        .doesNotContain(Model.CUE_BOUNDS);
    assertThat(Model.CUE_BOUNDS.propertiesFileName()).isEqualTo("cue-bounds-en.properties");
  }
}
