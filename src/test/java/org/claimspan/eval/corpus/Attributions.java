package org.claimspan.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.CueClass;
import org.claimspan.model.TextSpan;

/** Builds hand-made attributions over a test text. */
public final class Attributions {
  private final String text;

  public Attributions(String text) {
    this.text = text;
  }

  /** A span over the given fragments: begin, end, begin, end, ... */
  public EvalSpan span(int... offsets) {
    List<TextSpan> fragments = new ArrayList<>();
    for (int i = 0; i < offsets.length; i += 2) {
      fragments.add(TextSpan.of(text, offsets[i], offsets[i + 1]));
    }
    return new EvalSpan(fragments);
  }

  /** The span of the first occurrence of {@code words}. */
  public EvalSpan find(String words) {
    int begin = text.indexOf(words);
    if (begin < 0) {
      throw new IllegalArgumentException(words);
    }
    return span(begin, begin + words.length());
  }

  public EvalAttribution gold(EvalSpan source, EvalSpan cue, EvalSpan content) {
    return new EvalAttribution(
        KindDeriver.kindOf(content), Optional.ofNullable(source), Optional.ofNullable(cue), content,
        Optional.empty(), Optional.empty(), List.of());
  }

  public EvalAttribution pred(EvalSpan source, EvalSpan cue, EvalSpan content) {
    return new EvalAttribution(
        KindDeriver.kindOf(content), Optional.ofNullable(source), Optional.ofNullable(cue), content,
        cue == null ? Optional.empty() : Optional.of(CueClass.SPEECH), Optional.empty(), List.of());
  }

  public EvalAttribution withSpeaker(EvalAttribution a, String speaker, String... aliases) {
    return new EvalAttribution(
        a.kind(), a.source(), a.cue(), a.content(), a.cueClass(), Optional.of(speaker), List.of(aliases));
  }

  EvalAttribution withKind(EvalAttribution a, AttributionKind kind) {
    return new EvalAttribution(
        kind, a.source(), a.cue(), a.content(), a.cueClass(), a.speaker(), a.speakerAliases());
  }

  public GoldDocument document(EvalAttribution... gold) {
    return new GoldDocument("doc", text, List.of(gold));
  }
}
