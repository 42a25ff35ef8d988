package org.claimspan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimspan.html.HtmlPageChecks.span;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Hostile text and hostile values in the result show as text and never become markup. */
class HtmlEscapingTest {
  static final String HOSTILE = "The <b>mayor</b> said <script>alert(1)</script> was \"><img src=x onerror=alert(1)> &amp; "
      + "'quoted' </article></style></script> \u2014 caf\u00e9 \uD83D\uDE00.\nEnd.";

  @Test
  void hostileTextAndValuesAreEscaped() {
    String evil = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
    TextSpan source = span(HOSTILE, "The <b>mayor</b>");
    TextSpan content = span(HOSTILE, "<script>alert(1)</script> was \"><img src=x onerror=alert(1)>");
    Attribution a = new Attribution(evil, AttributionKind.INDIRECT, Optional.of(source),
        Optional.of(new Speaker(source, evil, SpeakerType.PERSON, Optional.of(evil), Optional.empty(), Optional.of(evil))),
        Optional.of(new Cue(span(HOSTILE, "said"), "say", CueClass.SPEECH)), content, List.of(), 0.5);
    Claim c = new Claim(evil + "c", content, evil, Optional.of(evil), Optional.of(evil), List.of(), false, false, 0.5,
        Optional.empty(), ClaimType.OTHER, List.of());
    Document document = Document.of(evil, HOSTILE).withUrl("https://example.org/\"><script>alert(3)</script>")
        .withPublisher(evil).withDate(evil);
    ExtractionResult result = new ExtractionResult(document, List.of(), List.of(a), List.of(c), List.of(), List.of(),
        Map.of("profile", evil));

    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("#text b")).isEmpty();
    assertThat(page.getElementById("text").text()).contains("<script>alert(1)</script>", "&amp;", "<img src=x");
    assertThat(page.select(".speaker .name").text()).isEqualTo(evil);
    assertThat(page.select(".card").attr("data-card")).isEqualTo(evil);
    assertThat(page.select(".meta").text()).contains("https://example.org/\"><script>");
    assertThat(page.title()).isEqualTo("Who said what: " + evil);
  }

  @Test
  void markupEscapesEveryCharacterThatCouldOpenMarkup() {
    String escaped = new Markup().text("<a href='x'>\"&\"</a>\r\u00e9\uD83D\uDE00\uD800").toString();
    assertThat(escaped).isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;&#13;&#xe9;&#x1f600;&#xFFFD;");
  }
}
