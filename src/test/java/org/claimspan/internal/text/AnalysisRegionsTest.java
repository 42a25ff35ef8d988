package org.claimspan.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

class AnalysisRegionsTest {
  @Test
  void paragraphsUnderTheLimitPassUntouched() {
    String text = "One short paragraph.\nAnother.";
    List<TextSpan> paragraphs = List.of(TextSpan.of(text, 0, 20), TextSpan.of(text, 21, 29));
    assertThat(AnalysisRegions.split(text, paragraphs, 100)).isEqualTo(paragraphs);
  }

  @Test
  void aLongParagraphIsCutAfterSentenceEndsIntoPiecesWithinTheLimit() {
    String text = "The mayor spoke. ".repeat(100).strip();
    List<TextSpan> regions = AnalysisRegions.split(text, List.of(TextSpan.of(text, 0, text.length())), 200);
    assertThat(regions).hasSizeGreaterThan(8).allSatisfy(region -> {
      assertThat(region.length()).isLessThanOrEqualTo(200);
      assertThat(region.text()).startsWith("The mayor").endsWith("spoke.");
      assertThat(text.substring(region.begin(), region.end())).isEqualTo(region.text());
    });
    assertThat(regions.get(regions.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void aParagraphWithoutSpacesIsCutAtTheLimitButNeverInsideASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(150); // 300 units, no space, no sentence end
    List<TextSpan> regions = AnalysisRegions.split(text, List.of(TextSpan.of(text, 0, text.length())), 101);
    assertThat(regions).allSatisfy(region -> {
      assertThat(Character.isLowSurrogate(text.charAt(region.begin()))).isFalse();
      assertThat(region.length()).isLessThanOrEqualTo(101);
    });
    assertThat(regions.stream().mapToInt(TextSpan::length).sum()).isEqualTo(text.length());
  }
}
