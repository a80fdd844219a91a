package io.podesk.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An approved order as the ERP receives it. Company and PO number together are the common reference.
 *
 * @param poNumber the customer's PO number; null for companies that do not use them (then the id stands in)
 */
record ErpOrder(UUID purchaseOrderId, String company, String poNumber, int revision, String currency,
    BigDecimal total, String paymentTerms, List<Line> lines, Address shipTo, String notes) {

  public record Line(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal) {}

  public record Address(String name, String street, String city, String postalCode, String country) {}

  /** The order's reference shared with the ERP. */
  public String reference() {
    return poNumber != null ? poNumber : purchaseOrderId.toString();
  }
}
