package io.podesk.orders;

import io.podesk.approval.DecidedApproval;
import io.podesk.audit.TimelineEntry;
import io.podesk.documents.StoredDocument;
import io.podesk.shared.Money;
import io.podesk.shared.TaxBreakdown;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A purchase order as the API shows it. */
public record PurchaseOrderView(
    UUID id,
    String poNumber,
    int revision,
    String company,
    PurchaseOrderStatus status,
    String statusReason,
    String currency,
    BigDecimal total,
    List<LineView> lines,
    ShipTo shipTo,
    String notes,
    String submittedBy,
    Instant submittedAt,
    Instant updatedAt,
    DocumentView document,
    /* the signed document the last approval was given on; a later upload is a new version approved again */
    UUID approvedDocumentId,
    String rejectionReason,
    String erpReference,
    List<ApprovalView> approvals,
    List<InvoiceDirectory.InvoiceSummary> invoices,
    Amounts amounts,
    List<TimelineEntry> timeline,
    /* while set, retention removes none of the order's documents */
    LegalHold legalHold,
    /* the lines whose unit price differs from the catalog price that applied, or that are off the catalog */
    List<PriceVariance> priceVariances,
    /* the seller's order discount (percent, and what it took off the lines), freight and handling */
    BigDecimal discountPercent,
    BigDecimal discount,
    BigDecimal freight,
    BigDecimal handling,
    /* the lines ("total") less the discount, plus freight and handling; its tax at each rate; both together */
    BigDecimal net,
    BigDecimal tax,
    BigDecimal gross,
    /* the tax per rate: the net taxed at it and its tax */
    List<TaxRate> taxBreakdown,
    /* why no tax, when the company's exemption certificate said so */
    String taxNote) {

  /** The net taxed at one rate (in percent) and its tax, in the order's currency. */
  public record TaxRate(BigDecimal percent, BigDecimal net, BigDecimal tax) {}

  /** A line off the catalog price or off the catalog, by its position in the order (0 first). */
  public record PriceVariance(int line, String sku, BigDecimal unitPrice, BigDecimal expectedUnitPrice,
      String issue) {}

  /**
   * Where the money stands: ordered and shipped at the order's net prices; invoiced, paid and outstanding as
   * invoiced (tax included).
   */
  public record Amounts(BigDecimal ordered, BigDecimal shipped, BigDecimal invoiced, BigDecimal paid,
      BigDecimal outstanding) {

    static Amounts of(PurchaseOrderSnapshot order, List<InvoiceDirectory.InvoiceSummary> invoices) {
      BigDecimal shipped = Money.of(order.lines().stream()
          .map(line -> line.shippedQuantity().multiply(line.unitPrice()))
          .reduce(BigDecimal.ZERO, BigDecimal::add), order.currency()).rounded().amount();
      BigDecimal invoiced = invoices.stream().map(InvoiceDirectory.InvoiceSummary::total)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal paid = invoices.stream().map(InvoiceDirectory.InvoiceSummary::paid)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Amounts(order.total().amount(), shipped, invoiced, paid, invoiced.subtract(paid));
    }
  }

  /** One decision of an approval chain. */
  public record ApprovalView(String approver, String group, String decision, String reason, String delegatedBy,
      Instant decidedAt) {}

  /**
   * A line with what of it shipped and what is still open (backorder), and the catalog's expected unit price beside
   * the given one, where it came from, and what the catalog found wrong with the line.
   */
  public record LineView(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal, BigDecimal shipped, BigDecimal backorder, BigDecimal expectedUnitPrice,
      String priceSource, String catalogIssue, BigDecimal taxPercent) {}

  /** A document; once retention removed its bytes, no href, and when and under which rule they went. */
  public record DocumentView(UUID id, String fileName, long size, String sha256, String uploadedBy,
      Instant uploadedAt, String href, Instant removedAt, String removalRule) {}

  static PurchaseOrderView of(PurchaseOrderSnapshot order, StoredDocument document, List<TimelineEntry> timeline) {
    return of(order, document, null, null, timeline);
  }

  static PurchaseOrderView of(PurchaseOrderSnapshot order, StoredDocument document, List<DecidedApproval> approvals,
      List<InvoiceDirectory.InvoiceSummary> invoices, List<TimelineEntry> timeline) {
    return new PurchaseOrderView(order.id(), order.poNumber(), order.revision(), order.customerId(), order.status(),
        order.statusReason(), order.currency(), order.total().amount(),
        order.lines().stream().map(l -> new LineView(l.sku(), l.description(), l.quantity(), l.unitPrice(),
            l.lineTotal(), l.shippedQuantity(), l.openQuantity(), l.expectedUnitPrice(), l.priceSource(),
            l.catalogIssue(), l.taxPercent())).toList(),
        order.shipTo(), order.notes(), order.submittedBy(), order.submittedAt(), order.updatedAt(),
        document == null ? null : documentView(order.id(), document), order.approvedDocumentId(),
        order.rejectionReason(), order.erpReference(),
        approvals == null ? null : approvals.stream().map(a -> new ApprovalView(a.approver(), a.approverGroup(),
            a.approved() ? "APPROVED" : "REJECTED", a.reason(), a.delegatedBy(), a.decidedAt())).toList(),
        invoices,
        invoices == null ? null : Amounts.of(order, invoices),
        timeline, order.legalHold(), priceVariancesOf(order), order.charges().discountPercent(),
        order.discount().amount(), order.charges().freight().amount(), order.charges().handling().amount(),
        order.net().amount(), order.tax().amount(), order.gross().amount(), taxBreakdownOf(order), order.taxNote());
  }

  /** The order's tax per rate, rounded as the order's tax was. */
  private static List<TaxRate> taxBreakdownOf(PurchaseOrderSnapshot order) {
    return OrderTax.amountsOf(order.lines().stream().map(l -> new TaxBreakdown.Taxed(Money.of(l.lineTotal(),
        order.currency()), l.taxPercent())).toList(), order.charges(), order.taxRounding(), order.currency())
        .taxes().rates().stream().map(r -> new TaxRate(r.percent(), r.net().amount(), r.tax().amount())).toList();
  }

  private static List<PriceVariance> priceVariancesOf(PurchaseOrderSnapshot order) {
    List<PriceVariance> variances = new ArrayList<>();
    for (int i = 0; i < order.lines().size(); i++) {
      PurchaseOrderSnapshot.Line line = order.lines().get(i);
      boolean offPrice = line.expectedUnitPrice() != null
          && line.expectedUnitPrice().compareTo(line.unitPrice()) != 0;
      boolean offCatalog = line.expectedUnitPrice() == null && line.catalogIssue() != null;
      if (offPrice || offCatalog) {
        variances.add(new PriceVariance(i, line.sku(), line.unitPrice(), line.expectedUnitPrice(),
            line.catalogIssue()));
      }
    }
    return variances;
  }

  static DocumentView documentView(UUID orderId, StoredDocument document) {
    return new DocumentView(document.id(), document.fileName(), document.sizeBytes(), document.sha256(),
        document.uploadedBy(), document.uploadedAt(),
        document.removed() ? null : "/api/purchase-orders/" + orderId + "/document", document.removedAt(),
        document.removalRule());
  }
}
