package io.podesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. The currency is a {@link Currency}, not a bare code: an unknown code cannot become
 * money, and the currency knows its minor unit, which the one rounding rule here needs. The amount keeps the scale it
 * was given (an order's total is exactly the sum of its rounded lines); only {@link #rounded()} and the arithmetic
 * that makes new fractions ({@link #times}, the conversions) round, always to the currency's minor unit,
 * half up. Adding or comparing amounts in two currencies is refused: convert one first. Equality is the record's:
 * {@code 1.0 USD} and {@code 1.00 USD} are not equal, but compare as equal.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /** For JPQL's {@code select new io.podesk.shared.Money(sum(o.total), o.currency)}: tables keep ISO codes. */
  public Money(BigDecimal amount, String currencyCode) {
    this(amount, Currency.getInstance(currencyCode));
  }

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currencyCode);
  }

  public static Money zero(String currencyCode) {
    return new Money(BigDecimal.ZERO, currencyCode);
  }

  /** The ISO 4217 code, as the tables store it. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** The amount rounded to the currency's minor unit (2 for USD and EUR, 0 for JPY), half up. */
  public Money rounded() {
    return new Money(roundedToMinorUnit(amount), currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** This amount times a quantity, rounded to the currency's minor unit. */
  public Money times(BigDecimal factor) {
    return new Money(roundedToMinorUnit(amount.multiply(factor)), currency);
  }

  /** This amount in {@code target}, {@code rate} being units of {@code target} per unit of this currency; rounded. */
  public Money convertedAt(BigDecimal rate, Currency target) {
    return new Money(amount.multiply(rate), target).rounded();
  }

  /** This amount in {@code target}, {@code rate} being units of this currency per unit of {@code target}; rounded. */
  public Money convertedAtInverse(BigDecimal rate, Currency target) {
    int digits = Math.max(0, target.getDefaultFractionDigits());
    return new Money(amount.divide(rate, digits, RoundingMode.HALF_UP), target);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public Money abs() {
    return new Money(amount.abs(), currency);
  }

  /** Orders amounts of one currency by value (1.0 and 1.00 compare equal); two currencies are refused. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  /** As the audit trail and mails write it: {@code 1234.50 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currencyCode();
  }

  private BigDecimal roundedToMinorUnit(BigDecimal value) {
    return value.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("Cannot combine " + this + " with " + other + ": convert one first");
    }
    return other;
  }
}
