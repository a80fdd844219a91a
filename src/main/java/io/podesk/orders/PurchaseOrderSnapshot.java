package io.podesk.orders;

import io.podesk.catalog.OrderCharges;
import io.podesk.customers.PaymentTerms;
import io.podesk.shared.CompanyId;
import io.podesk.shared.Money;
import io.podesk.shared.TaxBreakdown;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The order as it stands, as other modules read it: a read-only copy taken from the aggregate, never the aggregate
 * itself, so no module but orders can change an order or lean on how it is stored.
 *
 * @param approvalFromStep the approval step a re-approval starts from (0: from the start)
 * @param documentId the signed PDF attached now, or null
 * @param approvedDocumentId the document the approvals were given on, or null
 * @param paymentTerms the company's payment terms when the order was submitted, which its invoices follow
 * @param legalHold the order's legal hold, or null
 * @param tax the tax on the lines at their rates ({@code total} is the net)
 * @param taxNote the exemption that made the order tax free, or null
 * @param taxRounding how the tax was rounded (per line or per document), which invoices follow
 * @param charges the discount (in percent, taken off each line), freight and handling the order carries
 * @param discount what the discount took off the lines
 */
public record PurchaseOrderSnapshot(PurchaseOrderId purchaseOrderId, CompanyId companyId, String poNumber,
    int revision, PurchaseOrderStatus status, String statusReason, Money total, String notes, ShipTo shipTo,
    List<Line> lines, String submittedBy, Instant submittedAt, Instant updatedAt, UUID documentId,
    UUID approvedDocumentId, String rejectionReason, String erpReference, boolean fullyShipped,
    int approvalFromStep, PaymentTerms paymentTerms, LegalHold legalHold, Money tax, String taxNote,
    TaxBreakdown.Rounding taxRounding, OrderCharges.Applied charges, Money discount) {

  public PurchaseOrderSnapshot {
    lines = List.copyOf(lines);
  }

  /**
   * An order line with what of it shipped and what is still open, and what the catalog said of it when it was
   * submitted: the expected unit price (null off the catalog), where it came from, and what was wrong (null: nothing).
   */
  public record Line(String sku, String category, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal, BigDecimal shippedQuantity, BigDecimal openQuantity, BigDecimal expectedUnitPrice,
      String priceSource, String catalogIssue, BigDecimal taxPercent) {

    static Line of(PurchaseOrderLine line) {
      return new Line(line.sku(), line.category(), line.description(), line.quantity(), line.unitPrice(),
          line.lineTotal(), line.shippedQuantity(), line.openQuantity(), line.expectedUnitPrice(),
          line.priceSource(), line.catalogIssue(), line.taxPercent());
    }
  }

  /** The terms the order was submitted under, or the company's terms for an order that has none of its own. */
  public PaymentTerms paymentTermsOr(PaymentTerms companyTerms) {
    return paymentTerms != null ? paymentTerms : companyTerms;
  }

  static PurchaseOrderSnapshot of(PurchaseOrder order) {
    return new PurchaseOrderSnapshot(order.purchaseOrderId(), order.companyId(), order.poNumber(), order.revision(),
        order.status(), order.statusReason(), order.total(), order.notes(), order.shipTo(),
        order.lines().stream().map(Line::of).toList(), order.submittedBy(), order.submittedAt(), order.updatedAt(),
        order.documentId(), order.approvedDocumentId(), order.rejectionReason(), order.erpReference(),
        order.fullyShipped(), order.approvalFromStep(), order.paymentTerms().orElse(null),
        order.legalHold().orElse(null), order.tax(), order.taxNote(),
        order.taxRounding(), order.charges(), order.discount());
  }

  /** The lines ({@code total}) less the discount, plus freight and handling: what is taxed. */
  public Money net() {
    return total.minus(discount).plus(charges.freight()).plus(charges.handling());
  }

  /** Net plus tax. */
  public Money gross() {
    return net().plus(tax);
  }

  public UUID id() {
    return purchaseOrderId.value();
  }

  /** The company's code, as tables and mails name it. */
  public String customerId() {
    return companyId.value();
  }

  public String currency() {
    return total.currency().getCurrencyCode();
  }

  /** The product categories of the order's lines, each once, in alphabetical order. */
  public SortedSet<String> categories() {
    return lines.stream().map(Line::category).collect(Collectors.toCollection(TreeSet::new));
  }

  public boolean hasDocument() {
    return documentId != null;
  }

  /** The PO number, or the id for an order entered without one. */
  public String displayName() {
    return poNumber != null ? poNumber : id().toString();
  }
}
