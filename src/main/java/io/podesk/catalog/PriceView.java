package io.podesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A price as the API takes and shows it, in its list's currency.
 *
 * @param minQuantity the quantity break: the price applies to a line of at least this quantity (1 when left out)
 * @param validTo the last day it applies, or null for open-ended
 */
public record PriceView(UUID id, String sku, BigDecimal minQuantity, BigDecimal unitPrice, LocalDate validFrom,
    LocalDate validTo) {}
