package io.podesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a quantity of a SKU is in stock, as the ERP last reported it.
 *
 * @param onHand on hand over all locations
 * @param expectedOn when more is expected, where it is not in stock (null when the ERP gave no date)
 */
public record Availability(boolean inStock, BigDecimal onHand, LocalDate expectedOn) {

  /** In words, for a buyer: in stock, expected on a date, or out of stock. */
  public String label() {
    return inStock ? "In stock" : expectedOn != null ? "Expected " + expectedOn : "Out of stock";
  }
}
