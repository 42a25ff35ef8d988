package org.claimspan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimspan.html.HtmlPageChecks.span;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Nested, crossing and split spans on hand-built results; no models. */
class HtmlLayeringTest {
  private static final String TEXT =
      "\u201CWe will hire 300 people,\u201D the mayor said, \u201Cand build 2 schools.\u201D\r\nCritics said it was costly.";

  private static ExtractionResult splitQuote() {
    TextSpan first = span(TEXT, "We will hire 300 people,");
    TextSpan second = span(TEXT, "and build 2 schools.");
    TextSpan content = TextSpan.of(TEXT, first.begin(), second.end());
    TextSpan source = span(TEXT, "the mayor");
    Attribution a1 = new Attribution("a1", AttributionKind.DIRECT, Optional.of(source),
        Optional.of(new Speaker(source, "Ana Ruiz", SpeakerType.PERSON, Optional.of("Mayor"), Optional.empty(), Optional.empty())),
        Optional.of(new Cue(span(TEXT, "said"), "say", CueClass.SPEECH)), content, List.of(first, second),
        List.of("q1", "q2"), 0.9);
    Quote q1 = new Quote("q1", TextSpan.of(TEXT, first.begin() - 1, first.end() + 1), first, QuoteType.DIRECT, Optional.of("a1"));
    Quote q2 = new Quote("q2", TextSpan.of(TEXT, second.begin() - 1, second.end() + 1), second, QuoteType.DIRECT, Optional.of("a1"));
    // A claim that crosses the first quote's closing mark and the source: it must be split.
    TextSpan claimSpan = span(TEXT, "300 people,\u201D the mayor");
    Claim c1 = new Claim("c1", claimSpan, "Ana Ruiz said the city will hire 300 people", Optional.of("Ana Ruiz"),
        Optional.of("a1"), List.of(new Quantity(span(TEXT, "300 people"), OptionalDouble.of(300), OptionalDouble.empty(),
            Optional.of("people"), Optional.empty())), false, false, 0.4,
        Optional.empty(), ClaimType.QUANTITY, List.of());
    Claim c2 = new Claim("c2", span(TEXT, "it was costly."), "Critics said it was costly", Optional.empty(),
        Optional.empty(), List.of(), true, true, 0.8, Optional.of(span(TEXT, "costly")), ClaimType.OTHER, List.of());
    return new ExtractionResult(Document.of("split", TEXT), List.of(q1, q2), List.of(a1), List.of(c1, c2), List.of(),
        List.of(), Map.of("profile", "test"));
  }

  @Test
  void splitQuoteCrossingClaimAndCarriageReturnKeepTheirText() {
    org.jsoup.nodes.Document page = HtmlPageChecks.check(splitQuote());

    List<Element> parts = page.select("#text [data-attribution=a1][data-role=content]");
    assertThat(parts).extracting(e -> e.attr("data-part")).containsOnly("1", "2");
    assertThat(page.select("#text [data-hl=c1]")).as("the crossing claim is split").hasSizeGreaterThan(1);
    assertThat(page.select("#text [data-hl=c1-quantity-1]").text()).isEqualTo("300 people");
    assertThat(page.getElementById("a1")).isNotNull();
    assertThat(page.getElementById("a1").attr("data-role")).as("first part gets the anchor").isEqualTo("content");
  }

  @Test
  void claimsAreListedByCheckWorthinessWithFlags() {
    org.jsoup.nodes.Document page = HtmlPageChecks.check(splitQuote());

    assertThat(page.select(".claim-list > li")).extracting(e -> e.attr("data-claim-item")).containsExactly("c2", "c1");
    Element critics = page.select(".claim-list > li").first();
    assertThat(critics.select(".flag")).extracting(Element::text).containsExactly("hedged", "negated");
    assertThat(critics.text()).contains("the author");
    assertThat(page.select(".claim-list .chip").text()).isEqualTo("300 people");
  }

  @Test
  void speakerListLinksToTheAttributionAndTheCardNamesTheSpeaker() {
    org.jsoup.nodes.Document page = HtmlPageChecks.check(splitQuote());

    Element speaker = page.select(".speaker-list > li").first();
    assertThat(speaker.select(".name").text()).isEqualTo("Ana Ruiz");
    assertThat(speaker.select("a").attr("href")).isEqualTo("#a1");
    Element card = page.select(".card[data-card=a1]").first();
    assertThat(card.text()).contains("Ana Ruiz", "Mayor", "said (speech)", "direct", "0.90");
  }

  @Test
  void identicalSpansNestByRoleAndNothingIsLeftOpen() {
    String text = "Officials said 5 died.";
    TextSpan content = span(text, "5 died.");
    Attribution a = new Attribution("a1", AttributionKind.INDIRECT, Optional.of(span(text, "Officials")), Optional.empty(),
        Optional.of(new Cue(span(text, "said"), "say", CueClass.SPEECH)), content, List.of(), 0.7);
    Claim c = new Claim("c1", content, "Officials said 5 died", Optional.empty(), Optional.of("a1"),
        List.of(new Quantity(span(text, "5"), OptionalDouble.of(5), OptionalDouble.empty(), Optional.empty(), Optional.empty())),
        false, false, 0.5, Optional.empty(), ClaimType.QUANTITY, List.of());
    ExtractionResult result = new ExtractionResult(Document.of("d", text), List.of(), List.of(a), List.of(c), List.of(),
        List.of(), Map.of());

    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);

    Element claim = page.select("#text [data-hl=c1]").first();
    assertThat(claim.children()).extracting(e -> e.attr("data-role")).containsExactly("content");
    assertThat(page.select("#text .card")).isEmpty();
    assertThat(page.select(".speaker-list .unresolved a").text()).contains("Officials said");
  }

  @Test
  void anEmptySourceLeavesTheAnchorToTheFirstDrawnPart() {
    String text = "Said: prices rose.";
    Attribution a = new Attribution("a1", AttributionKind.INDIRECT, Optional.of(TextSpan.of(text, 0, 0)), Optional.empty(),
        Optional.empty(), span(text, "prices rose."), List.of(), 0.3);
    ExtractionResult result = new ExtractionResult(Document.of("d", text), List.of(), List.of(a), List.of(), List.of(),
        List.of(), Map.of());

    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);

    assertThat(page.getElementById("a1").attr("data-role")).isEqualTo("content");
  }

  @Test
  void emptyResultStillMakesAPage() {
    ExtractionResult result = new ExtractionResult(Document.of("empty", ""), List.of(), List.of(), List.of(), List.of(),
        List.of(), Map.of());
    org.jsoup.nodes.Document page = HtmlPageChecks.check(result);
    assertThat(page.title()).isEqualTo("Who said what: empty");
  }
}
