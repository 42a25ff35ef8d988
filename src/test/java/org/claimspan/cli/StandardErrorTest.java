package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardErrorTest {

  @Test
  void terminalsAreTerminalsAndFilesAndPipesAreNot() {
    assertThat(StandardError.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(StandardError.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(StandardError.isTerminalDevice("/dev/console")).isTrue();
    assertThat(StandardError.isTerminalDevice("/tmp/run.log")).isFalse();
    assertThat(StandardError.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(StandardError.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void aTestRunsStandardErrorIsNotATerminal() {
    // surefire forks the tests with standard error on a pipe
    assertThat(StandardError.isTerminal()).isFalse();
  }
}
