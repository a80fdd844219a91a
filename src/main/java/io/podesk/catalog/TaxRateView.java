package io.podesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tax rate as the admin API shows and takes it.
 *
 * @param taxClass the products' tax class it rates ({@code standard}, {@code reduced}, ...)
 * @param country the ship-to country (ISO 3166 alpha-2)
 * @param ratePercent the rate in percent, 0 to 100
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, null while it has no end
 */
record TaxRateView(UUID id, String taxClass, String country, BigDecimal ratePercent, LocalDate validFrom,
    LocalDate validTo) {

  boolean appliesOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
