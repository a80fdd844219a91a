package io.podesk.portal;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Percentiles by linear interpolation between closest ranks (the method of Excel's PERCENTILE.INC and numpy's
 * default): the median of 1 and 3 is 2, not 1, so a tier with few decisions is not pulled to one extreme.
 */
final class Percentiles {

  private Percentiles() {}

  /**
   * @param fraction between 0 and 1: 0.5 for the median, 0.9 for p90
   * @return empty when there are no values
   */
  static OptionalDouble of(Collection<Double> values, double fraction) {
    if (fraction < 0 || fraction > 1) {
      throw new IllegalArgumentException("A percentile is between 0 and 1: " + fraction);
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    double rank = fraction * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return OptionalDouble.of(sorted[below] + (rank - below) * (sorted[above] - sorted[below]));
  }

  static OptionalDouble median(Collection<Double> values) {
    return of(values, 0.5);
  }

  static OptionalDouble p90(Collection<Double> values) {
    return of(values, 0.9);
  }
}
