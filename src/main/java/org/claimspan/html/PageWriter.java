package org.claimspan.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Quantity;
import org.claimspan.model.Speaker;

/**
 * Writes the page for one result: head, header with legend, the highlighted article, and the side
 * panel (details of the selected attribution, speakers, claims). One instance writes one page; not
 * thread-safe.
 */
final class PageWriter {
  // No network at all: only the inline style sheet and script may run.
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  private final ExtractionResult result;
  private final Markup out = new Markup();

  PageWriter(ExtractionResult result) {
    this.result = result;
  }

  String write() {
    String id = result.document().id();
    out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .open("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).raw("\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", "Who said what: " + id).raw("\n")
        .raw("<style>\n").raw(PageResources.STYLE).raw("</style>\n</head>\n<body>\n");
    header();
    out.raw("<main class=\"layout\">\n");
    out.open("article", "id", "text", "class", "article", "lang", "en");
    SpanLayering.write(result.document().text(), Highlights.of(result), out);
    out.close("article").raw("\n<aside class=\"side\">\n");
    details();
    speakers();
    claims();
    out.raw("</aside>\n</main>\n<script>\n").raw(PageResources.SCRIPT).raw("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    var document = result.document();
    out.raw("<header class=\"top\">\n").element("h1", "Who said what: " + document.id());
    out.open("p", "class", "meta");
    // The URL is shown as text, not as a link: the page refers to nothing outside itself.
    document.publisher().ifPresent(p -> out.text(p + " \u00b7 "));
    document.date().ifPresent(d -> out.text(d + " \u00b7 "));
    document.url().ifPresent(u -> out.text(u + " \u00b7 "));
    out.text(result.attributions().size() + " attributions \u00b7 " + result.quotes().size() + " quotes \u00b7 "
        + result.claims().size() + " claims");
    String profile = result.info().getOrDefault("profile", "");
    if (!profile.isEmpty()) {
      out.text(" \u00b7 profile " + profile);
    }
    out.close("p").raw("\n<p class=\"legend\">");
    for (Role role : Role.values()) {
      out.element("span", role.id(), "class", "hl hl-" + role.id() + " key").raw(" ");
    }
    out.element("span", "Hover or click a highlight to link its parts.", "class", "hint");
    out.raw("</p>\n</header>\n");
  }

  /** One hidden card per attribution; the script shows the selected one. */
  private void details() {
    out.raw("<section class=\"details\" id=\"details\">\n<h2>Selected attribution</h2>\n")
        .element("p", "Nothing selected: hover or click a source, cue or content.", "class", "empty", "id", "details-empty")
        .raw("\n");
    for (Attribution a : result.attributions()) {
      out.open("div", "class", "card", "data-card", a.id(), "hidden", "");
      out.element("h3", a.speaker().map(Speaker::name).orElse("Unresolved source"));
      a.speaker().ifPresent(s -> out.element("p",
          Highlights.lower(s.type()) + s.title().map(t -> " \u00b7 " + t).orElse(""), "class", "sub"));
      out.open("dl");
      row("id", a.id());
      row("source", a.source().map(s -> s.text()).orElse("(none)"));
      row("cue", a.cue().map(c -> c.span().text() + " (" + Highlights.lower(c.cueClass()) + ")").orElse("(none)"));
      row("kind", Highlights.lower(a.kind()));
      row("confidence", Describe.score(a.confidence()));
      row("content", Describe.excerpt(a.content().text(), 240));
      if (!a.quoteIds().isEmpty()) {
        row("quotes", String.join(", ", a.quoteIds()));
      }
      out.close("dl").close("div").raw("\n");
    }
    out.raw("</section>\n");
  }

  private void row(String name, String value) {
    out.element("dt", name).element("dd", value);
  }

  /** Speakers by number of attributions, then by first appearance; unresolved sources last. */
  private void speakers() {
    Map<String, List<Attribution>> groups = new LinkedHashMap<>();
    List<Attribution> unresolved = new ArrayList<>();
    for (Attribution a : result.attributions()) {
      if (a.speaker().isEmpty()) {
        unresolved.add(a);
        continue;
      }
      Speaker s = a.speaker().get();
      String key = s.entityId().orElse(s.type() + "\u0000" + s.name());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<List<Attribution>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt((List<Attribution> g) -> -g.size()));
    out.raw("<section class=\"speakers\">\n").element("h2", "Speakers").raw("\n<ul class=\"speaker-list\">\n");
    for (List<Attribution> group : ordered) {
      Speaker s = group.get(0).speaker().get();
      out.open("li", "class", "speaker").element("span", s.name(), "class", "name");
      out.element("span", " " + Highlights.lower(s.type()) + s.title().map(t -> " \u00b7 " + t).orElse(""), "class", "sub");
      attributionLinks(group);
      out.close("li").raw("\n");
    }
    if (!unresolved.isEmpty()) {
      out.open("li", "class", "speaker unresolved").element("span", "Unresolved sources", "class", "name");
      attributionLinks(unresolved);
      out.close("li").raw("\n");
    }
    out.raw("</ul>\n</section>\n");
  }

  private void attributionLinks(List<Attribution> attributions) {
    out.open("ul", "class", "attributions");
    for (Attribution a : attributions) {
      out.open("li").open("a", "href", "#" + a.id(), "class", "jump", "data-attribution", a.id());
      String cue = a.cue().map(c -> c.span().text()).orElse("(no cue)");
      if (a.speaker().isEmpty()) {
        cue = a.source().map(s -> s.text() + " ").orElse("") + cue;
      }
      out.element("span", cue, "class", "cue-word").raw(" ")
          .element("q", Describe.excerpt(a.content().text(), 110))
          .close("a")
          .element("span", " " + Highlights.lower(a.kind()) + " \u00b7 " + Describe.score(a.confidence()), "class", "sub")
          .close("li");
    }
    out.close("ul");
  }

  /** Claims by check-worthiness, highest first; ties in document order. */
  private void claims() {
    List<Claim> claims = new ArrayList<>(result.claims());
    claims.sort(Comparator.comparingDouble(Claim::checkworthiness).reversed());
    out.raw("<section class=\"claims\">\n").element("h2", "Claims by check-worthiness").raw("\n<ol class=\"claim-list\">\n");
    for (Claim c : claims) {
      out.open("li", "class", "claim", "data-claim-item", c.id());
      out.open("div", "class", "claim-head")
          .open("meter", "min", "0", "max", "1", "value", Describe.score(c.checkworthiness()))
          .text(Describe.score(c.checkworthiness())).close("meter")
          .element("span", Describe.score(c.checkworthiness()), "class", "score")
          .open("a", "href", "#" + c.id(), "class", "jump", "data-claim", c.id()).text(c.statement()).close("a")
          .close("div");
      out.open("div", "class", "sub");
      out.text("claimant: " + c.claimant().orElse("the author"));
      c.attributionId().ifPresent(id -> out.text(" (" + id + ")"));
      if (c.hedged()) {
        out.raw(" ").element("span", "hedged", "class", "flag");
      }
      if (c.negated()) {
        out.raw(" ").element("span", "negated", "class", "flag");
      }
      out.close("div");
      if (!c.quantities().isEmpty()) {
        out.open("div", "class", "quantities");
        for (Quantity q : c.quantities()) {
          out.element("span", q.span().text(), "class", "hl hl-quantity chip").raw(" ");
        }
        out.close("div");
      }
      out.close("li").raw("\n");
    }
    out.raw("</ol>\n</section>\n");
  }
}
