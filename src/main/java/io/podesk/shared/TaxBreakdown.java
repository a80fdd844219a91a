package io.podesk.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tax on a document's lines, per rate: the net amount taxed at each rate and the tax on it, in one currency.
 * Rounded per line (each line's tax rounded to the minor unit, then added up) or per document (each rate's net
 * added up, then its tax rounded once), as the seller's tax authority expects.
 *
 * @param rates one entry per rate, lowest rate first
 * @param tax the tax of all rates together
 */
public record TaxBreakdown(List<Rate> rates, Money tax) {

  /** How tax is rounded: each line's tax, or each rate's total once. */
  public enum Rounding { LINE, DOCUMENT }

  /**
   * The net amount taxed at one rate and its tax.
   *
   * @param percent the rate in percent (8.25 for 8.25 %)
   */
  public record Rate(BigDecimal percent, Money net, Money tax) {

    /** As an invoice prints it: {@code 8.25 % on 100.00: 8.25}. */
    public String label() {
      return percent.stripTrailingZeros().toPlainString() + " % on " + net.amount().toPlainString() + ": "
          + tax.amount().toPlainString();
    }
  }

  /** One line to tax: its net amount and its rate in percent. */
  public record Taxed(Money net, BigDecimal percent) {}

  public static TaxBreakdown of(List<Taxed> lines, Rounding rounding, String currency) {
    Map<BigDecimal, Money[]> byRate = new TreeMap<>();
    BigDecimal hundred = BigDecimal.valueOf(100);
    for (Taxed line : lines) {
      BigDecimal percent = line.percent().stripTrailingZeros();
      Money[] sums = byRate.computeIfAbsent(percent, p -> new Money[] {Money.zero(currency), Money.zero(currency)});
      sums[0] = sums[0].plus(line.net());
      if (rounding == Rounding.LINE) {
        sums[1] = sums[1].plus(line.net().times(percent.divide(hundred)));
      }
    }
    List<Rate> rates = new ArrayList<>();
    Money total = Money.zero(currency).rounded();
    for (Map.Entry<BigDecimal, Money[]> entry : byRate.entrySet()) {
      Money net = entry.getValue()[0];
      Money tax = rounding == Rounding.LINE ? entry.getValue()[1].rounded()
          : net.times(entry.getKey().divide(hundred));
      rates.add(new Rate(entry.getKey(), net, tax));
      total = total.plus(tax);
    }
    return new TaxBreakdown(List.copyOf(rates), total);
  }
}
