package io.podesk.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What happens to an order line that is off the catalog: a unit price off the catalog price, an unknown SKU, an
 * inactive product, or a quantity below the minimum or not in whole packs.
 *
 * @param action what happens beyond the tolerance (a line off the catalog is always beyond it)
 * @param tolerancePercent how far a unit price may be off the catalog price, in percent, and be accepted as it is
 *     (the variance is recorded)
 */
public record PricePolicy(Action action, BigDecimal tolerancePercent) {

  public enum Action {
    /** Accepted within the tolerance; beyond it, flagged for a sales manager. */
    ACCEPT,
    /** Any variance beyond the tolerance sends the order to a sales manager, whatever its total. */
    FLAG,
    /** Beyond the tolerance the order is refused, naming the line and the expected price. */
    REFUSE
  }

  /** A company that has not chosen: any variance goes to a sales manager. */
  public static final PricePolicy DEFAULT = new PricePolicy(Action.FLAG, BigDecimal.ZERO.setScale(2));

  public PricePolicy {
    action = action == null ? Action.FLAG : action;
    tolerancePercent = tolerancePercent == null ? BigDecimal.ZERO.setScale(2) : tolerancePercent.setScale(2,
        RoundingMode.HALF_UP);
  }

  public String label() {
    String tolerance = tolerancePercent.stripTrailingZeros().toPlainString() + " %";
    return switch (action) {
      case ACCEPT -> "accept within " + tolerance + ", beyond it flag for a sales manager";
      case FLAG -> "flag any variance" + (tolerancePercent.signum() > 0 ? " beyond " + tolerance : "")
          + " for a sales manager";
      case REFUSE -> "refuse beyond " + tolerance;
    };
  }
}
