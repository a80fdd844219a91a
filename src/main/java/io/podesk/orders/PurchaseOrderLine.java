package io.podesk.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One ordered item; its total is computed once, in the order's currency. */
@Embeddable
class PurchaseOrderLine {

  @Column(nullable = false)
  private String sku;

  private String description;

  @Column(nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  @Column(name = "line_total", nullable = false)
  private BigDecimal lineTotal;

  @Column(name = "shipped_quantity", nullable = false)
  private BigDecimal shippedQuantity = BigDecimal.ZERO;

  @Column(name = "invoiced_quantity", nullable = false)
  private BigDecimal invoicedQuantity = BigDecimal.ZERO;

  /** The catalog price that applied when the line was submitted; null off the catalog. */
  @Column(name = "expected_unit_price")
  private BigDecimal expectedUnitPrice;

  /** Where the expected price came from, in words. */
  @Column(name = "price_source")
  private String priceSource;

  /** What the catalog found wrong with the line (price off, unknown SKU, MOQ, pack size), in words; null if nothing. */
  @Column(name = "catalog_issue")
  private String catalogIssue;

  /** The tax rate in percent the line was taxed at (its product's class in the ship-to country), 0 if exempt. */
  @Column(name = "tax_percent")
  private BigDecimal taxPercent;

  protected PurchaseOrderLine() {}

  PurchaseOrderLine(String sku, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    this.sku = sku;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = lineTotal;
  }

  void taxed(BigDecimal percent) {
    this.taxPercent = percent;
  }

  /** The line's tax rate in percent; null for a line stored before rates were kept per line (invoicing looks it up). */
  public BigDecimal taxPercent() {
    return taxPercent;
  }

  /** Records what the catalog says of the line. */
  void checked(BigDecimal expectedUnitPrice, String priceSource, String catalogIssue) {
    this.expectedUnitPrice = expectedUnitPrice;
    this.priceSource = priceSource;
    this.catalogIssue = catalogIssue;
  }

  public BigDecimal expectedUnitPrice() {
    return expectedUnitPrice;
  }

  public String priceSource() {
    return priceSource;
  }

  public String catalogIssue() {
    return catalogIssue;
  }

  public String sku() {
    return sku;
  }

  /** The product category: a SKU starts with it, up to its first {@code -}, {@code _}, {@code .} or {@code /}. */
  public String category() {
    return sku.split("[-_./]")[0];
  }

  public String description() {
    return description;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public BigDecimal lineTotal() {
    return lineTotal;
  }

  public BigDecimal shippedQuantity() {
    return shippedQuantity;
  }

  /** What is still to ship: the backorder. */
  public BigDecimal openQuantity() {
    return quantity.subtract(shippedQuantity);
  }

  /** What of this line invoices have covered so far. */
  BigDecimal invoicedQuantity() {
    return invoicedQuantity;
  }

  /** Ships up to the given quantity of this line; returns what it took. */
  BigDecimal ship(BigDecimal wanted) {
    BigDecimal taken = wanted.min(openQuantity());
    shippedQuantity = shippedQuantity.add(taken);
    return taken;
  }

  /** An invoice covered the given quantity of this line. */
  void invoice(BigDecimal covered) {
    invoicedQuantity = invoicedQuantity.add(covered);
  }
}
