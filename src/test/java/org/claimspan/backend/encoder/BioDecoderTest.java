package org.claimspan.backend.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioDecoderTest {
  private final BioDecoder decoder = new BioDecoder();

  /** Distributions from rows of seven probabilities each. */
  static LabelDistributions rows(float[]... rows) {
    return new LabelDistributions() {
      @Override
      public int size() {
        return rows.length;
      }

      @Override
      public float probability(int i, TaggerLabel label) {
        return rows[i][label.index()];
      }
    };
  }

  /** A row leaning {@code p} to {@code label}, the rest spread evenly. */
  static float[] leaning(TaggerLabel label, float p) {
    float[] row = new float[TaggerLabel.count()];
    java.util.Arrays.fill(row, (1 - p) / (TaggerLabel.count() - 1));
    row[label.index()] = p;
    return row;
  }

  @Test
  void anInnerWordpieceLeaningOutsideDoesNotBreakAContent() {
    float[] dip = leaning(TaggerLabel.O, 0.5f);
    dip[TaggerLabel.I_CONTENT.index()] = 0.4f;
    LabelDistributions d = rows(
        leaning(TaggerLabel.B_CONTENT, 0.9f), leaning(TaggerLabel.I_CONTENT, 0.9f), dip,
        leaning(TaggerLabel.I_CONTENT, 0.9f), leaning(TaggerLabel.O, 0.9f));
    assertThat(decoder.decode(d)).extracting(TaggedSpan::role, TaggedSpan::first, TaggedSpan::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AttributionRole.CONTENT, 0, 4));
  }

  @Test
  void anInsideLabelNeverFollowsAnotherRoleOrOutside() {
    LabelDistributions d = rows(
        leaning(TaggerLabel.I_CUE, 0.9f), leaning(TaggerLabel.O, 0.9f), leaning(TaggerLabel.I_SOURCE, 0.6f),
        leaning(TaggerLabel.B_CUE, 0.9f), leaning(TaggerLabel.I_CONTENT, 0.6f));
    TaggerLabel[] labels = decoder.labels(d);
    for (int i = 0; i < labels.length; i++) {
      if (!labels[i].mayStart()) {
        assertThat(i).isPositive();
        assertThat(labels[i].mayFollow(labels[i - 1])).as("%s after %s", labels[i], labels[i - 1]).isTrue();
      }
    }
    assertThat(labels[0]).isIn(TaggerLabel.B_CUE, TaggerLabel.O);
  }

  @Test
  void adjacentSpansOfOneRoleStaySeparateAtABeginLabel() {
    LabelDistributions d = rows(
        leaning(TaggerLabel.B_SOURCE, 0.9f), leaning(TaggerLabel.I_SOURCE, 0.9f), leaning(TaggerLabel.B_CUE, 0.9f),
        leaning(TaggerLabel.B_CONTENT, 0.9f), leaning(TaggerLabel.B_CONTENT, 0.9f), leaning(TaggerLabel.I_CONTENT, 0.9f));
    List<TaggedSpan> spans = decoder.decode(d);
    assertThat(spans).extracting(TaggedSpan::role)
        .containsExactly(AttributionRole.SOURCE, AttributionRole.CUE, AttributionRole.CONTENT, AttributionRole.CONTENT);
    assertThat(spans).extracting(TaggedSpan::first).containsExactly(0, 2, 3, 4);
    assertThat(spans.get(0).confidence()).isBetween(0.9, 1.0);
  }

  @Test
  void certainZerosAndNoItemsAreHandled() {
    float[] certainO = new float[TaggerLabel.count()];
    certainO[TaggerLabel.O.index()] = 1f;
    assertThat(decoder.decode(rows(certainO, certainO))).isEmpty();
    assertThat(decoder.decode(rows())).isEmpty();
    assertThat(decoder.labels(rows())).isEmpty();
  }
}
