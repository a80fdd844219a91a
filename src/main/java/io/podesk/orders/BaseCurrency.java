package io.podesk.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller's base currency and the rates into it, for rules stated in one currency (approval thresholds).
 *
 * @param rates units of the base currency per unit of the given currency, e.g. {@code EUR: 1.08}
 */
@ConfigurationProperties("podesk.currency")
public record BaseCurrency(String base, Map<String, BigDecimal> rates) {

  public BaseCurrency {
    base = base == null ? "USD" : base;
    rates = rates == null ? Map.of() : Map.copyOf(rates);
  }

  /** The currencies orders may be in: the base currency and every one with a rate. */
  public Set<String> accepted() {
    var accepted = new TreeSet<>(rates.keySet());
    accepted.add(base);
    return accepted;
  }

  /** The amount in another currency, through the base currency; empty when a rate is missing. */
  public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
    if (from.equals(to)) {
      return Optional.of(amount);
    }
    return toBase(amount, from).flatMap(inBase -> base.equals(to) ? Optional.of(inBase)
        : Optional.ofNullable(rates.get(to)).map(rate -> inBase.divide(rate, 2, RoundingMode.HALF_UP)));
  }

  /** The amount in the base currency, or empty when no rate is configured for its currency. */
  public Optional<BigDecimal> toBase(BigDecimal amount, String currency) {
    if (base.equals(currency)) {
      return Optional.of(amount);
    }
    return Optional.ofNullable(rates.get(currency))
        .map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
  }
}
