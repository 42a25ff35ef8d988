package org.claimspan.internal.attribution.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.attribution.content.ContentFinder;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;

/**
 * Attributions that the layout of a text gives rather than its sentences: the turns of a
 * transcript ({@link TranscriptTurns}) and quotations credited by a dash ({@link DashBylines}).
 * They are kept without the trained filter, which never sees them, and they displace what the
 * sentence rules found inside them. Immutable and thread-safe once built for one text.
 */
public final class LayoutAttributions {
  /**
   * One attribution the layout gives.
   *
   * @param source the speaker's name as written
   * @param cue the colon or the dash
   * @param content what they said
   */
  public record Layout(TextSpan source, Cue cue, ContentCandidate content) {}

  private final List<TranscriptTurns.Turn> turns;
  private final List<DashBylines.Byline> bylines;

  private LayoutAttributions(List<TranscriptTurns.Turn> turns, List<DashBylines.Byline> bylines) {
    this.turns = turns;
    this.bylines = bylines;
  }

  /** The layout attributions of a text with the given quotations (in text order). */
  public static LayoutAttributions of(String text, List<QuoteSpan> quotes) {
    return new LayoutAttributions(TranscriptTurns.find(text), DashBylines.find(text, quotes));
  }

  /** The quotations a floating quote may be made of: all but those a byline credits to its own speaker. */
  public List<QuoteSpan> continuable(List<QuoteSpan> quotes) {
    if (bylines.isEmpty()) {
      return quotes;
    }
    Set<QuoteSpan> credited = bylines.stream().map(DashBylines.Byline::quote).collect(Collectors.toSet());
    return quotes.stream().filter(quote -> !credited.contains(quote)).toList();
  }

  /**
   * Whether an attribution the sentence rules found gives way to the layout: its cue is a turn's
   * colon or lies in a turn's speech (PolNeAR annotates nothing inside a turn), or its content
   * takes in a quotation that a byline credits.
   */
  public boolean displaces(TextSpan cue, List<TextSpan> parts) {
    for (TranscriptTurns.Turn turn : turns) {
      if (cue.overlaps(turn.colon()) || turn.speech().contains(cue.begin())) {
        return true;
      }
    }
    for (DashBylines.Byline byline : bylines) {
      if (parts.stream().anyMatch(part -> part.overlaps(byline.quote().span()))) {
        return true;
      }
    }
    return false;
  }

  /** The layout's attributions, turns first, then bylines; empty for most texts. */
  public List<Layout> attributions(String text, List<QuoteSpan> quotes) {
    List<Layout> found = new ArrayList<>();
    for (TranscriptTurns.Turn turn : turns) {
      // only quotations wholly inside the speech: a transcript that quotes each turn opens the
      // quotation before the speaker's name
      List<QuoteSpan> inside = quotes.stream().filter(quote -> turn.speech().contains(quote.span())).toList();
      found.add(new Layout(turn.name(), new Cue(turn.colon(), ":", CueClass.PUNCTUATION),
          ContentFinder.classify(text, turn.speech(), inside)));
    }
    for (DashBylines.Byline byline : bylines) {
      QuoteSpan quote = byline.quote();
      found.add(new Layout(byline.name(), new Cue(byline.dash(), byline.dash().text(), CueClass.PUNCTUATION),
          ContentCandidate.quotations(text, List.of(quote))));
    }
    return found;
  }
}
