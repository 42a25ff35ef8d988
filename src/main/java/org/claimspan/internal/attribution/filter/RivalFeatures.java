package org.claimspan.internal.attribution.filter;

import static org.claimspan.internal.attribution.filter.AttributionFeature.CUE_IN_OTHER_CONTENT;
import static org.claimspan.internal.attribution.filter.AttributionFeature.HOLDS_OTHER_CUE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.RIVALS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.RIVALS_CLASS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.RIVAL_NEARER;

import java.util.ArrayList;
import java.util.List;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;

/**
 * Features of a candidate attribution that depend on the other candidates of its document: how
 * many other cues claim the same words, whether one of them is nearer to those words, whether the
 * candidate sits inside another one's content or holds another one's cue. With labels that ask for
 * the right cue, these tell the filter which of two cues over one content ("said ... he added") is
 * the attribution. Stateless and thread-safe.
 */
public final class RivalFeatures {

  /** A candidate as these features see it: its cue, its class and its content's parts. */
  public record Entry(TextSpan cue, CueClass cueClass, List<TextSpan> parts) {}

  private RivalFeatures() {}

  /** For each entry, in order, the features it has among all of them. */
  public static List<List<String>> of(List<Entry> entries) {
    List<List<String>> features = new ArrayList<>();
    for (Entry entry : entries) {
      int rivals = 0;
      boolean nearer = false;
      boolean inside = false;
      boolean holds = false;
      for (Entry other : entries) {
        if (other == entry) {
          continue;
        }
        if (entry.parts().stream().anyMatch(part -> TokenRanges.overlapsAny(part, other.parts()))) {
          rivals++;
          nearer |= distance(other) < distance(entry);
        }
        inside |= TokenRanges.overlapsAny(entry.cue(), other.parts());
        holds |= TokenRanges.overlapsAny(other.cue(), entry.parts());
      }
      String count = rivals == 0 ? "0" : rivals == 1 ? "1" : "2+";
      List<String> own = new ArrayList<>();
      own.add(RIVALS.of(count));
      own.add(RIVALS_CLASS.of(count, entry.cueClass()));
      if (rivals > 0) {
        own.add(RIVAL_NEARER.of(nearer));
      }
      own.add(CUE_IN_OTHER_CONTENT.of(inside));
      own.add(HOLDS_OTHER_CUE.of(holds));
      features.add(own);
    }
    return features;
  }

  /** Characters between the cue and the nearest end of its content. */
  private static int distance(Entry entry) {
    int best = Integer.MAX_VALUE;
    for (TextSpan part : entry.parts()) {
      int gap = part.begin() >= entry.cue().end() ? part.begin() - entry.cue().end()
          : entry.cue().begin() >= part.end() ? entry.cue().begin() - part.end() : 0;
      best = Math.min(best, gap);
    }
    return best;
  }
}
