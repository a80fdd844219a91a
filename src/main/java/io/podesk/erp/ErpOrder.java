package io.podesk.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An approved order as the ERP receives it. Company and PO number together are the common reference.
 *
 * @param poNumber the customer's PO number; null for companies that do not use them (then the id stands in)
 * @param total the lines' net total
 * @param tax the tax on them at each line's rate (null when not known)
 * @param billTo the company's billing address, or null
 */
record ErpOrder(UUID purchaseOrderId, String company, String poNumber, int revision, String currency,
    BigDecimal total, String paymentTerms, List<Line> lines, Address shipTo, String notes, BigDecimal tax,
    Address billTo, Charges charges) {

  /**
   * The seller's order discount (in percent, and what it took off the lines), freight and handling; the net the tax
   * is on is the lines' total less the discount plus freight and handling.
   */
  public record Charges(BigDecimal discountPercent, BigDecimal discount, BigDecimal freight, BigDecimal handling) {}

  /** An order without tax figures, billing address or charges (the file and webhook formats' older shape). */
  ErpOrder(UUID purchaseOrderId, String company, String poNumber, int revision, String currency, BigDecimal total,
      String paymentTerms, List<Line> lines, Address shipTo, String notes) {
    this(purchaseOrderId, company, poNumber, revision, currency, total, paymentTerms, lines, shipTo, notes, null,
        null, null);
  }

  ErpOrder(UUID purchaseOrderId, String company, String poNumber, int revision, String currency, BigDecimal total,
      String paymentTerms, List<Line> lines, Address shipTo, String notes, BigDecimal tax, Address billTo) {
    this(purchaseOrderId, company, poNumber, revision, currency, total, paymentTerms, lines, shipTo, notes, tax,
        billTo, null);
  }

  public record Line(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal) {}

  public record Address(String name, String street, String city, String postalCode, String country) {}

  /** The order's reference shared with the ERP. */
  public String reference() {
    return poNumber != null ? poNumber : purchaseOrderId.toString();
  }
}
