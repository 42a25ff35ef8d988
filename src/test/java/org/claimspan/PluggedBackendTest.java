package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimspan.backend.Backends;
import org.claimspan.json.ResultJson;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;

/** A backend given to {@link ClaimExtractor.Builder#backend} is the one the extractor analyses with. */
class PluggedBackendTest {
  private static final Path ARTICLE = Path.of("examples/articles/xinjiang-visa.txt");

  @Test
  void theGivenBackendAnalysesAndTheResultEqualsTheProfilesOwn() throws IOException {
    Counting counting = new Counting(Backends.forProfile(Profile.FAST), "counting-opennlp");
    ClaimExtractor plugged = ClaimExtractor.builder().profile(Profile.FAST).backend(counting).build();
    Document document = Document.of("xinjiang-visa", Files.readString(ARTICLE));

    ExtractionResult result = plugged.extract(document);

    assertThat(counting.calls.get()).isEqualTo(1);
    assertThat(result.info()).containsEntry("backend", "counting-opennlp").containsEntry("profile", "fast");
    assertThat(result.attributions()).isNotEmpty();
    String ours = ResultJson.toJson(result).replace("counting-opennlp", "?");
    String own = ResultJson.toJson(Extractors.fast().extract(document));
    assertThat(ours).isEqualTo(own.replace(Extractors.fast().extract(document).info().get("backend"), "?"));
  }

  @Test
  void theEngineFollowsTheBackendsLayersNotTheProfile() throws IOException {
    // the accurate profile's name with the fast profile's backend (no parse) reads as the fast profile
    ClaimExtractor plugged =
        ClaimExtractor.builder().profile(Profile.ACCURATE).backend(Backends.forProfile(Profile.FAST)).build();
    Document document = Document.of("xinjiang-visa", Files.readString(ARTICLE));

    ExtractionResult result = plugged.extract(document);

    SpanInvariants.check(result);
    assertThat(result.info()).containsEntry("profile", "accurate");
    assertThat(ResultJson.toJson(result).replace("\"accurate\"", "\"fast\""))
        .isEqualTo(ResultJson.toJson(Extractors.fast().extract(document)));
  }

  @Test
  void aNullBackendFailsFast() {
    assertThatThrownBy(() -> ClaimExtractor.builder().backend(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("backend");
  }

  /** Counts analyses and renames a backend. */
  private static final class Counting implements LinguisticBackend {
    private final LinguisticBackend real;
    private final String name;
    private final AtomicInteger calls = new AtomicInteger();

    Counting(LinguisticBackend real, String name) {
      this.real = real;
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<Capability> capabilities() {
      return real.capabilities();
    }

    @Override
    public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens) {
      calls.incrementAndGet();
      return real.analyze(text, regions, maxSentenceTokens);
    }
  }
}
