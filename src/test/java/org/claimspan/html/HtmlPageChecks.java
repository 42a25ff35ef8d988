package org.claimspan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Quote;
import org.claimspan.model.TextSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** What every rendered page must satisfy, checked on the page as jsoup (an HTML5 parser) reads it. */
final class HtmlPageChecks {
  private HtmlPageChecks() {}

  static org.jsoup.nodes.Document check(ExtractionResult result) {
    String html = ResultHtml.toHtml(result);
    assertThat(html.chars()).as("the page is ASCII").allMatch(c -> c < 0x80);
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String text = result.document().text();

    Element article = page.getElementById("text");
    assertThat(article).isNotNull();
    assertThat(article.wholeText()).as("the article shows the document text unchanged").isEqualTo(text);

    Map<String, List<Element>> groups = new LinkedHashMap<>();
    for (Element piece : article.select("[data-hl]")) {
      groups.computeIfAbsent(piece.attr("data-hl"), k -> new ArrayList<>()).add(piece);
    }
    for (Map.Entry<String, List<Element>> group : groups.entrySet()) {
      Element first = group.getValue().get(0);
      int begin = Integer.parseInt(first.attr("data-begin"));
      int end = Integer.parseInt(first.attr("data-end"));
      StringBuilder joined = new StringBuilder();
      for (Element piece : group.getValue()) {
        assertThat(piece.attr("data-begin") + "-" + piece.attr("data-end") + " " + piece.attr("data-role"))
            .as("pieces of %s agree", group.getKey())
            .isEqualTo(begin + "-" + end + " " + first.attr("data-role"));
        joined.append(piece.wholeText());
      }
      assertThat(joined.toString()).as("text of highlight %s", group.getKey()).isEqualTo(text.substring(begin, end));
    }
    assertThat(groups.keySet()).as("one highlight per non-empty span").hasSize(expectedHighlights(result));

    for (Element el : article.select("[data-attribution]")) {
      assertThat(result.attribution(el.attr("data-attribution"))).as("attribution of %s", el).isPresent();
    }
    for (Element link : page.select("a[href]")) {
      String target = link.attr("href");
      assertThat(target).as("links stay inside the page").startsWith("#");
      Element anchor = page.getElementById(target.substring(1));
      assertThat(anchor).as("target of %s", target).isNotNull();
      assertThat(anchor.closest("#text")).as("%s is in the article", target).isNotNull();
    }
    noExternalReferences(page);
    return page;
  }

  static void noExternalReferences(org.jsoup.nodes.Document page) {
    assertThat(page.select("script")).as("only our own inline script").hasSize(1);
    assertThat(page.select("script").first().hasAttr("src")).isFalse();
    assertThat(page.select("[src], img, iframe, object, embed, link, base, form")).isEmpty();
    assertThat(page.select("[href]")).allMatch(el -> el.attr("href").startsWith("#"));
    for (Element el : page.getAllElements()) {
      for (var attribute : el.attributes()) {
        assertThat(attribute.getKey()).as("no event handler attributes").doesNotStartWith("on");
      }
    }
    String style = page.select("style").html();
    assertThat(style).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.select("script").html()).doesNotContain("http:").doesNotContain("https:");
  }

  private static int expectedHighlights(ExtractionResult result) {
    int n = 0;
    for (Attribution a : result.attributions()) {
      n += a.source().filter(s -> !s.isEmpty()).isPresent() ? 1 : 0;
      n += a.cue().filter(c -> !c.span().isEmpty()).isPresent() ? 1 : 0;
      n += (int) a.contentParts().stream().filter(p -> !p.isEmpty()).count();
    }
    for (Quote q : result.quotes()) {
      n += q.span().isEmpty() ? 0 : 1;
    }
    for (Claim c : result.claims()) {
      n += c.content().isEmpty() ? 0 : 1;
      n += (int) c.quantities().stream().map(q -> q.span()).filter(s -> !s.isEmpty()).count();
    }
    return n;
  }

  static TextSpan span(String text, String part) {
    int begin = text.indexOf(part);
    assertThat(begin).as("'%s' in the text", part).isNotNegative();
    return TextSpan.of(text, begin, begin + part.length());
  }
}
