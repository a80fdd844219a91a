package io.podesk.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a supplier's invoice or delivery may stray from the buy order before it is an exception, each direction on
 * its own (over and under), as a percentage and, for prices, also as an absolute amount: the smaller allowance wins.
 * Defaults: quantity +0 % / −100 %, price +2 % or 1.00, whichever is smaller, and −100 % (a lower price passes).
 *
 * @param priceOverAbsolute null: the percentage alone
 * @param priceUnderAbsolute null: the percentage alone
 */
record Tolerances(BigDecimal quantityOverPercent, BigDecimal quantityUnderPercent,
    BigDecimal priceOverPercent, BigDecimal priceOverAbsolute, BigDecimal priceUnderPercent,
    BigDecimal priceUnderAbsolute) {

  public static final Tolerances DEFAULT = new Tolerances(BigDecimal.ZERO, BigDecimal.valueOf(100),
      BigDecimal.valueOf(2), new BigDecimal("1.00"), BigDecimal.valueOf(100), null);

  /** The fields given, the defaults for the rest. */
  Tolerances orDefaults() {
    return new Tolerances(quantityOverPercent != null ? quantityOverPercent : DEFAULT.quantityOverPercent,
        quantityUnderPercent != null ? quantityUnderPercent : DEFAULT.quantityUnderPercent,
        priceOverPercent != null ? priceOverPercent : DEFAULT.priceOverPercent,
        priceOverPercent == null && priceOverAbsolute == null ? DEFAULT.priceOverAbsolute : priceOverAbsolute,
        priceUnderPercent != null ? priceUnderPercent : DEFAULT.priceUnderPercent, priceUnderAbsolute);
  }

  /** How much a unit price may exceed the order's: the smaller of the percentage of it and the absolute amount. */
  public BigDecimal priceAllowedOver(BigDecimal orderedPrice) {
    return allowance(orderedPrice, priceOverPercent, priceOverAbsolute);
  }

  /** How much a unit price may fall short of the order's. */
  public BigDecimal priceAllowedUnder(BigDecimal orderedPrice) {
    return allowance(orderedPrice, priceUnderPercent, priceUnderAbsolute);
  }

  /** How much more than ordered may be received or invoiced. */
  public BigDecimal quantityAllowedOver(BigDecimal ordered) {
    return allowance(ordered, quantityOverPercent, null);
  }

  private static BigDecimal allowance(BigDecimal base, BigDecimal percent, BigDecimal absolute) {
    BigDecimal byPercent = base.abs().multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    return absolute == null ? byPercent : byPercent.min(absolute);
  }
}
