package io.podesk.shared;

import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller's base currency and the rates into it, for rules stated in one currency (approval thresholds, credit,
 * links that need a login). Conversions round to the target currency's minor unit ({@link Money}'s one rule).
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
  public Optional<Money> convert(Money amount, String to) {
    if (amount.currencyCode().equals(to)) {
      return Optional.of(amount);
    }
    return toBase(amount).flatMap(inBase -> base.equals(to) ? Optional.of(inBase)
        : Optional.ofNullable(rates.get(to)).map(rate -> inBase.convertedAtInverse(rate, Currency.getInstance(to))));
  }

  /** The amount in the base currency, or empty when no rate is configured for its currency. */
  public Optional<Money> toBase(Money amount) {
    if (base.equals(amount.currencyCode())) {
      return Optional.of(amount);
    }
    return Optional.ofNullable(rates.get(amount.currencyCode()))
        .map(rate -> amount.convertedAt(rate, Currency.getInstance(base)));
  }
}
