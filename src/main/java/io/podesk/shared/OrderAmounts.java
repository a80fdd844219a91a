package io.podesk.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an order or an invoice comes to: its lines, an order discount in percent taken off each line, freight and
 * handling charges, and tax on what remains (each line at its rate, the charges at theirs), all exact and in one
 * currency. Orders and invoices compute it the same way, so an invoice of everything is the order's amounts.
 *
 * @param lines the lines' total before the discount
 * @param discount what the discount took off the lines
 * @param net lines less discount, plus freight and handling: what is taxed
 * @param taxes the tax per rate
 */
public record OrderAmounts(Money lines, Money discount, Money freight, Money handling, Money net,
    TaxBreakdown taxes) {

  public Money tax() {
    return taxes.tax();
  }

  public Money gross() {
    return net.plus(taxes.tax());
  }

  /**
   * @param lines each line's total and rate, before the discount
   * @param discountPercent taken off each line (each discounted line rounded to the minor unit)
   * @param chargesPercent the tax rate of freight and handling
   */
  public static OrderAmounts of(List<TaxBreakdown.Taxed> lines, BigDecimal discountPercent, Money freight,
      Money handling, BigDecimal chargesPercent, TaxBreakdown.Rounding rounding, String currency) {
    BigDecimal keep = BigDecimal.ONE.subtract(discountPercent.divide(BigDecimal.valueOf(100)));
    Money gross = Money.zero(currency).rounded();
    Money discounted = Money.zero(currency).rounded();
    List<TaxBreakdown.Taxed> taxed = new ArrayList<>();
    for (TaxBreakdown.Taxed line : lines) {
      Money after = discountPercent.signum() == 0 ? line.net() : line.net().times(keep);
      gross = gross.plus(line.net());
      discounted = discounted.plus(after);
      taxed.add(new TaxBreakdown.Taxed(after, line.percent()));
    }
    if (!freight.isZero()) {
      taxed.add(new TaxBreakdown.Taxed(freight, chargesPercent));
    }
    if (!handling.isZero()) {
      taxed.add(new TaxBreakdown.Taxed(handling, chargesPercent));
    }
    Money net = discounted.plus(freight).plus(handling);
    return new OrderAmounts(gross, gross.minus(discounted), freight, handling, net,
        TaxBreakdown.of(taxed, rounding, currency));
  }
}
