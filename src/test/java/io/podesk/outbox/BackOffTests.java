package io.podesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTests {

  private final BackOff backOff = new BackOff(Duration.ofSeconds(30), 2, Duration.ofHours(1), 10);

  @Test
  void waitsTheFirstDelayAndMultipliesItByTheFactorUpToTheLongestWait() {
    assertThat(backOff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backOff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backOff.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
    assertThat(backOff.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(backOff.delayAfter(60)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(backOff.exhausted(9)).isFalse();
    assertThat(backOff.exhausted(10)).isTrue();
  }

  @Test
  void fillsInWhatConfigurationLeavesOut() {
    var defaults = new BackOff(null, 0, null, 0);
    assertThat(defaults).isEqualTo(new BackOff(Duration.ofSeconds(30), 2, Duration.ofHours(2), 10));
  }
}
