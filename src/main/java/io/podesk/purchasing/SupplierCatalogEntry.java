package io.podesk.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one supplier sells of one SKU, as the admin API takes and shows it
 * ({@code /api/admin/suppliers/{code}/catalog/{sku}}).
 *
 * @param validFrom the first day the price applies; null: today
 * @param validTo the last day, null while it has no end
 * @param priority which supplier comes first for the SKU (1 first)
 * @param minOrderQuantity enforced: a buy order line is never below it
 * @param packSize a buy order line is a whole number of packs
 * @param tolerances this SKU's own match tolerances; null: the supplier's
 */
record SupplierCatalogEntry(String sku, BigDecimal price, String currency, LocalDate validFrom,
    LocalDate validTo, Integer priority, Integer leadTimeDays, BigDecimal minOrderQuantity, BigDecimal packSize,
    Tolerances tolerances) {}
