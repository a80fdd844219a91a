package io.podesk.orders;

import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.catalog.OrderCharges;
import io.podesk.shared.Money;
import io.podesk.shared.TaxBreakdown;
import io.podesk.shared.PurchaseOrderId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The purchase-order aggregate. State changes are methods named for what they do; illegal moves are refused. */
@Entity
@Table(name = "purchase_orders")
class PurchaseOrder {

  @Id private UUID id;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Column(name = "po_number")
  private String poNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PurchaseOrderStatus status;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private BigDecimal total;

  /** The tax on the lines at their rates (see {@link OrderTax}); {@link #total} is the net. */
  @Column(name = "tax_total", nullable = false)
  private BigDecimal taxTotal = BigDecimal.ZERO;

  /** Why the order carries no tax, when the company's exemption certificate said so. */
  @Column(name = "tax_note")
  private String taxNote;

  /** The seller's order discount in percent, taken off each line before tax; what it took off. */
  @Column(name = "discount_percent", nullable = false)
  private BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "discount_total", nullable = false)
  private BigDecimal discountTotal = BigDecimal.ZERO;

  @Column(name = "freight_total", nullable = false)
  private BigDecimal freightTotal = BigDecimal.ZERO;

  @Column(name = "handling_total", nullable = false)
  private BigDecimal handlingTotal = BigDecimal.ZERO;

  /** The tax rate of freight and handling. */
  @Column(name = "charges_tax_percent", nullable = false)
  private BigDecimal chargesTaxPercent = BigDecimal.ZERO;

  /** How the order's tax was rounded, which its breakdown and its invoices follow. */
  @Column(name = "tax_rounding", nullable = false)
  @Enumerated(EnumType.STRING)
  private TaxBreakdown.Rounding taxRounding = TaxBreakdown.Rounding.LINE;

  private String notes;

  @Embedded private ShipTo shipTo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "purchase_order_lines", joinColumns = @JoinColumn(name = "purchase_order_id"))
  @OrderColumn(name = "line_no")
  private List<PurchaseOrderLine> lines = new ArrayList<>();

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "erp_reference")
  private String erpReference;

  /** The company's payment terms when the order was submitted ({@link PaymentTerms#code()}): the order keeps them. */
  @Column(name = "payment_terms")
  private String paymentTerms;

  /** The company's PO-number rule the order was checked against: its revisions are checked against it too. */
  @Column(name = "po_number_required")
  private Boolean poNumberRequired;

  @Column(name = "po_number_pattern")
  private String poNumberPattern;

  @Column(name = "po_number_example")
  private String poNumberExample;

  @Column(name = "po_number_ignore_case")
  private Boolean poNumberIgnoreCase;

  /**
   * The PO number as the company compares it ({@link PoNumberPolicy#keyOf}), while the order is live or done; none
   * once it is cancelled or expired, so that the number can be used again.
   */
  @Column(name = "po_number_key")
  private String poNumberKey;

  @Column(nullable = false)
  private int revision = 1;

  /** The routing step the approval of this revision starts from: 0, or later for a change that needs less. */
  @Column(name = "approval_from_step", nullable = false)
  private int approvalFromStep;

  /** The signed document the last approval was given on; it stays on record when a new version replaces it. */
  @Column(name = "approved_document_id")
  private UUID approvedDocumentId;

  /** When the order reached a final status; its documents' retention period runs from here. */
  @Column(name = "finished_at")
  private Instant finishedAt;

  /** When retention removed the order's documents from the store. */
  @Column(name = "documents_retired_at")
  private Instant documentsRetiredAt;

  @Embedded private LegalHold legalHold;

  /** A line is off the catalog price beyond the company's tolerance, or off the catalog, under a flagging policy. */
  @Column(name = "price_flagged", nullable = false)
  private boolean priceFlagged;

  /** The invoices issued for its shipments, as invoicing reported them, with what has been paid on each. */
  @ElementCollection
  @CollectionTable(name = "purchase_order_invoices", joinColumns = @JoinColumn(name = "purchase_order_id"))
  @OrderColumn(name = "invoice_no")
  private List<OrderInvoice> invoices = new ArrayList<>();

  @Version private long version;

  protected PurchaseOrder() {}

  PurchaseOrder(String customerId, String poNumber, String currency, List<PurchaseOrderLine> lines, BigDecimal total,
      ShipTo shipTo, String notes, String submittedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.customerId = customerId;
    this.poNumber = poNumber;
    this.currency = currency;
    this.lines = new ArrayList<>(lines);
    this.total = total;
    this.shipTo = shipTo;
    this.notes = notes;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.updatedAt = now;
    this.status = PurchaseOrderStatus.SUBMITTED;
  }

  /** The order keeps the company's payment terms and PO-number rule of today, whatever the company changes later. */
  void keep(PaymentTerms terms, PoNumberPolicy poNumberRule) {
    this.paymentTerms = terms.code();
    this.poNumberRequired = poNumberRule.required();
    this.poNumberPattern = poNumberRule.pattern();
    this.poNumberExample = poNumberRule.example();
    this.poNumberIgnoreCase = poNumberRule.ignoreCase();
    this.poNumberKey = poNumberRule.keyOf(poNumber);
  }

  /** The payment terms the order was submitted under; empty for an order made without a company (unit tests). */
  Optional<PaymentTerms> paymentTerms() {
    return Optional.ofNullable(paymentTerms).map(PaymentTerms::ofCode);
  }

  /** The PO-number rule the order was checked against; empty for an order made without a company (unit tests). */
  Optional<PoNumberPolicy> poNumberRule() {
    return Optional.ofNullable(poNumberRequired).map(required -> new PoNumberPolicy(required, poNumberPattern,
        poNumberExample, Boolean.TRUE.equals(poNumberIgnoreCase)));
  }

  /** The required PO document is missing: the order waits for the buyer to upload it. */
  boolean awaitDocument(Instant now) {
    return moveTo(PurchaseOrderStatus.AWAITING_DOCUMENT, null, now);
  }

  /** The order goes to its approvers. */
  boolean awaitApproval(Instant now) {
    return moveTo(PurchaseOrderStatus.PENDING_APPROVAL, null, now);
  }

  /** The order is over the customer's available credit: credit control decides. */
  boolean holdForCredit(Instant now) {
    return moveTo(PurchaseOrderStatus.CREDIT_HOLD, null, now);
  }

  /** Every approval step approved; the signed document it was given on stays on record. */
  boolean approve(Instant now) {
    return moveTo(PurchaseOrderStatus.APPROVED, null, now);
  }

  boolean reject(String reason, Instant now) {
    boolean moved = moveTo(PurchaseOrderStatus.REJECTED, reason, now);
    this.rejectionReason = reason;
    return moved;
  }

  /** The buyer withdraws the order: only before approval. */
  void cancel(String reason, Instant now) {
    if (!status.isBeforeApproval()) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status
          + " and can no longer be cancelled here; only orders not yet approved can be");
    }
    moveTo(PurchaseOrderStatus.CANCELLED, reason, now);
  }

  /** The deadline for the signed PO document passed without it. */
  boolean cancelForMissingDocument(Instant now) {
    return moveTo(PurchaseOrderStatus.CANCELLED, "The signed PO document did not arrive before the deadline", now);
  }

  /** No approval decision came within the approval window (whole days). */
  boolean expire(Period approvalWindow, Instant now) {
    return moveTo(PurchaseOrderStatus.EXPIRED, "No approval decision within " + approvalWindow.getDays() + " days",
        now);
  }

  /** An order entered in the ERP joins here already approved and in the ERP, under the ERP's reference. */
  void enterFromErp(String reference, Instant now) {
    moveTo(PurchaseOrderStatus.APPROVED, "Entered in the ERP", now);
    recordErpReference(reference, now);
  }

  /** Moves to the next status of the lifecycle; returns false when already there (a retried step). */
  private boolean moveTo(PurchaseOrderStatus next, String reason, Instant now) {
    if (status == next) {
      return false;
    }
    if (!status.canMoveTo(next)) {
      throw new ConflictException(
          "Purchase order " + displayName() + " is " + status + " and cannot become " + next);
    }
    if (next == PurchaseOrderStatus.APPROVED) {
      this.approvedDocumentId = documentId;
    }
    this.status = next;
    this.statusReason = reason;
    this.updatedAt = now;
    if (next.isFinal()) {
      this.finishedAt = now;
    }
    if (next == PurchaseOrderStatus.CANCELLED || next == PurchaseOrderStatus.EXPIRED) {
      // the number is free for a new order of the company
      this.poNumberKey = null;
    }
    return true;
  }

  /**
   * Records goods shipped, per SKU; lines with the same SKU fill in order. Shipping more than is open, or a SKU
   * the order does not have, is refused whole. Answers what each line took, so that each is invoiced at its price.
   */
  List<Shipment.Line> ship(Map<String, BigDecimal> quantities, Instant now) {
    if (status != PurchaseOrderStatus.SENT_TO_ERP && status != PurchaseOrderStatus.PARTIALLY_SHIPPED) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status + "; only an order in the "
          + "ERP and not fully shipped can ship");
    }
    quantities.forEach((sku, quantity) -> {
      BigDecimal open = lines.stream().filter(line -> line.sku().equals(sku)).map(PurchaseOrderLine::openQuantity)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(open) > 0) {
        throw new ConflictException("Shipment of " + quantity + " × " + sku + " does not fit purchase order "
            + displayName() + ": " + open.stripTrailingZeros().toPlainString() + " open");
      }
    });
    List<Shipment.Line> allocated = new ArrayList<>();
    quantities.forEach((sku, quantity) -> {
      BigDecimal rest = quantity;
      for (int index = 0; index < lines.size() && rest.signum() > 0; index++) {
        PurchaseOrderLine line = lines.get(index);
        if (line.sku().equals(sku)) {
          BigDecimal taken = line.ship(rest);
          if (taken.signum() > 0) {
            allocated.add(new Shipment.Line(sku, taken, index));
            rest = rest.subtract(taken);
          }
        }
      }
    });
    moveTo(fullyShipped() ? PurchaseOrderStatus.SHIPPED : PurchaseOrderStatus.PARTIALLY_SHIPPED, null, now);
    return allocated;
  }

  public boolean fullyShipped() {
    return lines.stream().allMatch(line -> line.openQuantity().signum() == 0);
  }

  /**
   * An invoice issued for shipped goods (the shipment's lines, each naming the order line it filled): what it covers
   * counts as invoiced, its total as owed. Once everything ordered has shipped and is invoiced, the order is
   * INVOICED. An invoice already on record changes nothing (a retried step).
   */
  boolean recordInvoice(String number, List<Shipment.Line> covered, BigDecimal invoiceTotal, Instant now) {
    if (invoiceOnRecord(number).isPresent()) {
      return false;
    }
    if (status != PurchaseOrderStatus.PARTIALLY_SHIPPED && status != PurchaseOrderStatus.SHIPPED) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status + "; only what shipped and "
          + "is not yet invoiced can be invoiced");
    }
    covered.forEach(line -> lines.get(line.orderLine()).invoice(line.quantity()));
    invoices.add(new OrderInvoice(number, invoiceTotal));
    return fullyInvoiced() && moveTo(PurchaseOrderStatus.INVOICED, null, now);
  }

  /** A payment on one of the order's invoices. Once an invoiced order owes nothing more, it is PAID. */
  boolean recordPayment(String invoiceNumber, BigDecimal amount, Instant now) {
    invoiceOnRecord(invoiceNumber).orElseThrow(() -> new IllegalStateException(
        "Invoice " + invoiceNumber + " is not on record for purchase order " + displayName())).pay(amount);
    return status == PurchaseOrderStatus.INVOICED && settled() && moveTo(PurchaseOrderStatus.PAID, null, now);
  }

  /** A paid order is complete: everything ordered has shipped, is invoiced and paid. */
  boolean completeIfSettled(Instant now) {
    return status == PurchaseOrderStatus.PAID && settled() && moveTo(PurchaseOrderStatus.COMPLETED, null, now);
  }

  /**
   * The credit the order holds, gross: what its invoices still owe (tax included, less payments received) plus what
   * is not invoiced yet, the order's gross (lines less discount, freight, handling, tax) less what its invoices came
   * to. A partial payment frees exactly its amount.
   */
  Money creditHeld() {
    BigDecimal owed = invoices.stream().map(OrderInvoice::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal invoiced = invoices.stream().map(OrderInvoice::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal notInvoiced = gross().amount().subtract(invoiced).max(BigDecimal.ZERO);
    return Money.of(notInvoiced.add(owed), currency);
  }

  /** Whether invoices cover everything ordered, SKU by SKU (invoices of early shipments named SKUs, not lines). */
  private boolean fullyInvoiced() {
    Map<String, BigDecimal> uncovered = new HashMap<>();
    lines.forEach(line -> uncovered.merge(line.sku(), line.quantity().subtract(line.invoicedQuantity()),
        BigDecimal::add));
    return uncovered.values().stream().allMatch(quantity -> quantity.signum() <= 0);
  }

  private boolean settled() {
    return fullyInvoiced() && invoices.stream().allMatch(OrderInvoice::settled);
  }

  private Optional<OrderInvoice> invoiceOnRecord(String number) {
    return invoices.stream().filter(invoice -> invoice.number().equals(number)).findFirst();
  }

  /**
   * The ERP changed the order (agreed with the customer there): a new revision, possible until shipping starts,
   * with no new approval in PO Desk.
   */
  void changeInErp(List<PurchaseOrderLine> newLines, BigDecimal newTotal, String newNotes, Instant now) {
    if (status != PurchaseOrderStatus.APPROVED && status != PurchaseOrderStatus.SENT_TO_ERP) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status
          + "; the ERP can change it only after approval and before shipping starts");
    }
    this.lines.clear();
    this.lines.addAll(newLines);
    this.total = newTotal;
    if (newNotes != null) {
      this.notes = newNotes;
    }
    this.revision++;
    this.updatedAt = now;
  }

  /** The ERP cancels: possible until the order ships. */
  void cancelInErp(String reason, Instant now) {
    if (!status.isBeforeApproval() && status != PurchaseOrderStatus.APPROVED
        && status != PurchaseOrderStatus.SENT_TO_ERP) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status
          + "; once shipping has started it cannot be cancelled");
    }
    moveTo(PurchaseOrderStatus.CANCELLED, reason, now);
  }

  /** The ERP confirmed the order under its own reference. */
  void confirmInErp(String reference, Instant now) {
    if (status != PurchaseOrderStatus.APPROVED && status != PurchaseOrderStatus.SENT_TO_ERP) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status
          + "; only an approved order can be confirmed by the ERP");
    }
    this.erpReference = reference;
    moveTo(PurchaseOrderStatus.SENT_TO_ERP, null, now);
  }

  void requireOpenForDocuments() {
    if (status.isFinal()) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status + "; no document can be added");
    }
  }

  void attachDocument(UUID documentId, Instant now) {
    requireOpenForDocuments();
    this.documentId = documentId;
    this.updatedAt = now;
  }

  void recordErpReference(String reference, Instant now) {
    this.erpReference = reference;
    moveTo(PurchaseOrderStatus.SENT_TO_ERP, null, now);
  }

  /** What a revision leads to: a fresh approval, or only the ERP learning of the change. */
  enum RevisionOutcome { REAPPROVAL, ERP_UPDATE }

  /** Whether the order can take a revision now: rejected, or in the ERP and not yet shipping. */
  void requireRevisable() {
    if (status != PurchaseOrderStatus.REJECTED && status != PurchaseOrderStatus.SENT_TO_ERP && !ended()) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status + "; it can be revised when "
          + "rejected, cancelled or expired, or changed once it reached the ERP and before it ships");
    }
  }

  /** Cancelled or expired: a revision resubmits it, for approval from the start. */
  boolean ended() {
    return status == PurchaseOrderStatus.CANCELLED || status == PurchaseOrderStatus.EXPIRED;
  }

  /** The PO number as the company compares it, which the order would hold again if resubmitted. */
  String poNumberKeyIfLive() {
    return poNumberRule().map(rule -> rule.keyOf(poNumber)).orElseGet(() -> poNumber == null ? null
        : poNumber.strip());
  }

  /** What the new lines and ship-to change against this revision (for an order the ERP has). */
  RevisionChange changeTo(List<PurchaseOrderLine> newLines, ShipTo newShipTo, Money totalDelta) {
    return new RevisionChange(totalDelta, !sameGoods(lines, newLines), !Objects.equals(shipTo, newShipTo),
        false);
  }

  private static boolean sameGoods(List<PurchaseOrderLine> before, List<PurchaseOrderLine> after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      PurchaseOrderLine a = before.get(i);
      PurchaseOrderLine b = after.get(i);
      if (!a.sku().equals(b.sku()) || a.quantity().compareTo(b.quantity()) != 0
          || a.unitPrice().compareTo(b.unitPrice()) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces lines and terms with a new revision: a rejected order goes back to approval from its first step; an
   * order already in the ERP (not yet shipped) takes the change, approved again when the re-approval table says
   * so, from the step it names. Anything else is refused.
   */
  RevisionOutcome revise(List<PurchaseOrderLine> newLines, BigDecimal newTotal, ShipTo newShipTo, String newNotes,
      ReapprovalPolicy.Reapproval reapproval, Instant now) {
    requireRevisable();
    boolean resubmitted = ended();
    RevisionOutcome outcome = startRevision(status == PurchaseOrderStatus.REJECTED
        ? ReapprovalPolicy.Reapproval.full("revision of a rejected order")
        : resubmitted ? ReapprovalPolicy.Reapproval.full("resubmission of a " + status.name().toLowerCase(
            Locale.ROOT) + " order") : reapproval, now);
    if (resubmitted) {
      this.poNumberKey = poNumberKeyIfLive();
    }
    this.lines.clear();
    this.lines.addAll(newLines);
    this.total = newTotal;
    this.shipTo = newShipTo;
    this.notes = newNotes;
    return outcome;
  }

  /**
   * A new signed document for an order the ERP already has: a new revision with the same lines, approved again
   * as the re-approval table says; the approved document stays on record ({@link #approvedDocumentId()}).
   */
  RevisionOutcome reviseDocument(UUID newDocumentId, ReapprovalPolicy.Reapproval reapproval, Instant now) {
    if (status != PurchaseOrderStatus.SENT_TO_ERP) {
      throw new ConflictException("Purchase order " + displayName() + " is " + status + "; after approval a new "
          + "signed document can replace the approved one only while the order waits in the ERP, before shipping");
    }
    RevisionOutcome outcome = startRevision(reapproval, now);
    this.documentId = newDocumentId;
    return outcome;
  }

  private RevisionOutcome startRevision(ReapprovalPolicy.Reapproval reapproval, Instant now) {
    this.revision++;
    this.updatedAt = now;
    if (!reapproval.needed()) {
      return RevisionOutcome.ERP_UPDATE;
    }
    this.status = PurchaseOrderStatus.SUBMITTED;
    // a resubmitted order is live again: its retention period starts over once it finishes
    this.finishedAt = null;
    this.documentsRetiredAt = null;
    this.statusReason = "Revision " + revision + ": " + reapproval.reason();
    this.rejectionReason = null;
    this.approvalFromStep = reapproval.fromStep();
    return RevisionOutcome.REAPPROVAL;
  }

  /** The routing step this revision's approval starts from (0: the buyer's company first). */
  public int approvalFromStep() {
    return approvalFromStep;
  }

  public UUID approvedDocumentId() {
    return approvedDocumentId;
  }

  boolean priceFlagged() {
    return priceFlagged;
  }

  /** Whether this revision's lines are off the catalog beyond the company's tolerance: a sales manager approves. */
  void flagPrices(boolean flagged) {
    this.priceFlagged = flagged;
  }

  Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  boolean documentsRetired() {
    return documentsRetiredAt != null;
  }

  void documentsRetired(Instant now) {
    this.documentsRetiredAt = now;
  }

  Optional<LegalHold> legalHold() {
    return Optional.ofNullable(legalHold);
  }

  /** Puts the order under legal hold (or replaces the hold's reason): retention removes none of its documents. */
  void hold(LegalHold hold) {
    this.legalHold = hold;
  }

  void releaseHold() {
    this.legalHold = null;
  }

  public int revision() {
    return revision;
  }

  public String displayName() {
    return poNumber != null ? poNumber : id.toString();
  }

  public UUID id() {
    return id;
  }

  /** The ordering company, as other modules take it. */
  public CompanyId companyId() {
    return CompanyId.of(customerId);
  }

  /** The id as other modules take it. */
  public PurchaseOrderId purchaseOrderId() {
    return PurchaseOrderId.of(id);
  }

  public String customerId() {
    return customerId;
  }

  public String poNumber() {
    return poNumber;
  }

  public PurchaseOrderStatus status() {
    return status;
  }

  public String currency() {
    return currency;
  }

  /** The sum of the lines, in the order's currency. */
  /** The tax on this revision's lines, and the exemption that made it none. */
  void taxed(OrderTax.Taxed taxed, TaxBreakdown.Rounding rounding) {
    this.taxTotal = taxed.amounts().tax().amount();
    this.taxNote = taxed.note() != null ? taxed.note() : taxed.charges().note();
    this.taxRounding = rounding;
    this.discountPercent = taxed.charges().discountPercent();
    this.discountTotal = taxed.amounts().discount().amount();
    this.freightTotal = taxed.amounts().freight().amount();
    this.handlingTotal = taxed.amounts().handling().amount();
    this.chargesTaxPercent = taxed.charges().chargesTaxPercent();
  }

  /** The order's discount and charges as the intake applied them. */
  OrderCharges.Applied charges() {
    return new OrderCharges.Applied(discountPercent, Money.of(freightTotal, currency),
        Money.of(handlingTotal, currency), chargesTaxPercent, null);
  }

  Money discount() {
    return Money.of(discountTotal, currency);
  }

  /** The lines less the discount, plus freight and handling: what is taxed. */
  public Money net() {
    return total().minus(discount()).plus(Money.of(freightTotal, currency)).plus(Money.of(handlingTotal, currency));
  }

  TaxBreakdown.Rounding taxRounding() {
    return taxRounding;
  }

  public Money tax() {
    return Money.of(taxTotal, currency);
  }

  public Money gross() {
    return net().plus(tax());
  }

  String taxNote() {
    return taxNote;
  }

  public Money total() {
    return Money.of(total, currency);
  }

  public String notes() {
    return notes;
  }

  public ShipTo shipTo() {
    return shipTo;
  }

  public List<PurchaseOrderLine> lines() {
    return List.copyOf(lines);
  }

  /** The product categories of the order's lines, each once, in alphabetical order. */
  public SortedSet<String> categories() {
    return lines.stream().map(PurchaseOrderLine::category).collect(Collectors.toCollection(TreeSet::new));
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public UUID documentId() {
    return documentId;
  }

  public boolean hasDocument() {
    return documentId != null;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String statusReason() {
    return statusReason;
  }

  public String erpReference() {
    return erpReference;
  }
}
