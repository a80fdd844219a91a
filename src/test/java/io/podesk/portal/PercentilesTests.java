package io.podesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTests {

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    assertThat(Percentiles.median(List.of(5.0, 1.0, 3.0)).getAsDouble()).isEqualTo(3.0);
  }

  @Test
  void theMedianOfAnEvenCountLiesHalfwayBetweenTheMiddleValues() {
    assertThat(Percentiles.median(List.of(2.0, 6.0)).getAsDouble()).isEqualTo(4.0);
    assertThat(Percentiles.median(List.of(4.0, 1.0, 3.0, 2.0)).getAsDouble()).isEqualTo(2.5);
  }

  @Test
  void p90InterpolatesBetweenTheClosestRanks() {
    assertThat(Percentiles.p90(List.of(2.0, 6.0)).getAsDouble()).isCloseTo(5.6, within(1e-9));
    List<Double> oneToTen = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    assertThat(Percentiles.p90(oneToTen).getAsDouble()).isCloseTo(9.1, within(1e-9));
    assertThat(Percentiles.median(oneToTen).getAsDouble()).isEqualTo(5.5);
  }

  @Test
  void oneValueIsEveryPercentile() {
    assertThat(Percentiles.median(List.of(7.0)).getAsDouble()).isEqualTo(7.0);
    assertThat(Percentiles.p90(List.of(7.0)).getAsDouble()).isEqualTo(7.0);
  }

  @Test
  void noValuesHaveNoPercentile() {
    assertThat(Percentiles.median(List.of())).isEmpty();
    assertThat(Percentiles.p90(List.of())).isEmpty();
  }

  @Test
  void refusesAFractionOutsideZeroToOne() {
    assertThatThrownBy(() -> Percentiles.of(List.of(1.0), 90)).isInstanceOf(IllegalArgumentException.class);
  }
}
