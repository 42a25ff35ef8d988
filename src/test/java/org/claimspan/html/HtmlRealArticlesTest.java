package org.claimspan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.testing.Extractors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The page for real extractions (accurate profile) of the example articles and of hostile text. */
class HtmlRealArticlesTest {
  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void exampleArticleRendersWithEveryHighlightOnItsText(Path article) throws IOException {
    String name = article.getFileName().toString().replace(".txt", "");
    ExtractionResult result = Extractors.accurate().extract(Document.of(name, Files.readString(article)));

    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);

    assertThat(page.select("#text [data-role=content]")).isNotEmpty();
    assertThat(page.select(".card")).hasSize(result.attributions().size());
    List<Double> scores = page.select(".claim-list .score").stream().map(Element::text).map(Double::valueOf).toList();
    assertThat(scores).hasSize(result.claims().size());
    assertThat(scores).isSortedAccordingTo((x, y) -> Double.compare(y, x));
  }

  @Test
  void canonicalArticleShowsPompeoAsASpeaker() throws IOException {
    String text = Files.readString(Path.of("examples/articles/xinjiang-visa.txt"));
    org.jsoup.nodes.Document page =
        HtmlPageChecks.check(Extractors.accurate().extract(Document.of("xinjiang-visa", text)));

    assertThat(page.select(".speaker-list .name").eachText()).contains("Mike Pompeo");
    assertThat(page.select("#text [data-role=quantity]").eachText()).anyMatch(q -> q.contains("one million"));
  }

  @Test
  void hostileTextThroughTheRealExtractorStaysText() {
    String text = "\u201C<script>alert(1)</script> is fine,\u201D the mayor said. Critics said \"><img src=x onerror=alert(1)> "
        + "cost &amp; 20 million dollars.\n\n" + HtmlEscapingTest.HOSTILE;
    ExtractionResult result = Extractors.accurate().extract(Document.of("hostile", text));

    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.getElementById("text").wholeText()).isEqualTo(text);
  }
}
