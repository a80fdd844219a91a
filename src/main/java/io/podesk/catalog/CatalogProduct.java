package io.podesk.catalog;

import java.math.BigDecimal;

/**
 * A product as the API takes and shows it, and as other modules read it.
 *
 * @param unit the unit a quantity counts, such as {@code each}, {@code box} or {@code kg}
 * @param taxClass the class the tax tables rate it by, such as {@code standard}, {@code reduced} or {@code exempt}
 * @param packSize an ordered quantity must be a whole number of packs
 * @param minOrderQuantity the least quantity one order line may ask for
 */
public record CatalogProduct(String sku, String name, String category, String unit, String taxClass,
    Boolean active, BigDecimal packSize, BigDecimal minOrderQuantity) {

  CatalogProduct withTaxClass(String newTaxClass) {
    return new CatalogProduct(sku, name, category, unit, newTaxClass, active, packSize, minOrderQuantity);
  }
}
