package org.claimspan.internal.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker on small synthetic groups: what it learns, that it learns it the same way twice, and its file. */
class ConditionalLogitTest {
  private static final ConditionalLogit.Settings SETTINGS = new ConditionalLogit.Settings(10, 1, 1.0, 0.1, 7L);

  /**
   * Groups where the right choice is the one marked "near" unless it also holds "quoted", the
   * base is always among the choices, and a feature shared by every choice says nothing.
   */
  private static List<ConditionalLogit.Group> groups() {
    List<ConditionalLogit.Group> groups = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean quoted = i % 4 == 0;
      groups.add(new ConditionalLogit.Group(
          List.of(List.of("shared", "base"), List.of("shared", "near", quoted ? "quoted" : "plain"), List.of("shared", "far")),
          List.of(quoted, !quoted, false)));
    }
    return groups;
  }

  @Test
  void learnsWhichChoiceOfAGroupIsRight() {
    ConditionalLogit model = ConditionalLogit.train(groups(), SETTINGS);

    double base = model.score(List.of("shared", "base"));
    assertThat(model.score(List.of("shared", "near", "plain"))).isGreaterThan(base);
    assertThat(model.score(List.of("shared", "near", "quoted"))).isLessThan(base);
    assertThat(model.score(List.of("shared", "far"))).isLessThan(base);
    assertThat(model.score(List.of("shared"))).isZero(); // shared by all: no weight
  }

  @Test
  void trainsTheSameWeightsTwiceAndReadsBackWhatItWrote(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a/model.tsv");
    Path second = dir.resolve("b/model.tsv");
    ConditionalLogit model = ConditionalLogit.train(groups(), SETTINGS);
    model.write(first);
    ConditionalLogit.train(groups(), SETTINGS).write(second);

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    try (InputStream in = Files.newInputStream(first)) {
      ConditionalLogit read = ConditionalLogit.read(in);
      assertThat(read.size()).isEqualTo(model.size());
      assertThat(read.score(List.of("near", "plain"))).isCloseTo(model.score(List.of("near", "plain")),
          org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void featuresBelowTheCutoffGetNoWeight() {
    List<ConditionalLogit.Group> groups = new ArrayList<>(groups());
    groups.add(new ConditionalLogit.Group(List.of(List.of("once"), List.of("base")), List.of(true, false)));

    ConditionalLogit model = ConditionalLogit.train(groups, new ConditionalLogit.Settings(10, 2, 1.0, 0.1, 7L));

    assertThat(model.score(List.of("once"))).isZero();
  }

  @Test
  void refusesGroupsWithoutARightChoiceAndEmptyTrainingData() {
    assertThatThrownBy(() -> new ConditionalLogit.Group(List.of(List.of("a"), List.of("b")), List.of(false, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("right choice");
    assertThatThrownBy(() -> new ConditionalLogit.Group(List.of(List.of("a")), List.of(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 choices but 2 labels");
    assertThatThrownBy(() -> ConditionalLogit.train(List.of(), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no groups");
  }

  @Test
  void refusesAFileThatIsNoModel() {
    assertThatThrownBy(() -> ConditionalLogit.read(stream("threshold=0.5\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("not a conditional logit model");
    assertThatThrownBy(() -> ConditionalLogit.read(stream("# claimspan conditional logit 1\n0.5 e.next=,\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2 has no tab");
    assertThatThrownBy(() -> ConditionalLogit.read(stream("# claimspan conditional logit 1\nheavy\te.next=,\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2 has no weight");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
