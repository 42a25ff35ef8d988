package org.claimspan.backend.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegularVerbsTest {
  @Test
  void stripsRegularSuffixes() {
    assertThat(RegularVerbs.stem("condemned")).isEqualTo("condemn");
    assertThat(RegularVerbs.stem("alleging")).isEqualTo("allege");
    assertThat(RegularVerbs.stem("noted")).isEqualTo("note");
    assertThat(RegularVerbs.stem("admitted")).isEqualTo("admit");
    assertThat(RegularVerbs.stem("denied")).isEqualTo("deny");
    assertThat(RegularVerbs.stem("pushes")).isEqualTo("push");
    assertThat(RegularVerbs.stem("warns")).isEqualTo("warn");
    assertThat(RegularVerbs.stem("argued")).isEqualTo("argue");
    assertThat(RegularVerbs.stem("say")).isEqualTo("say");
  }
}
