package io.podesk.orders;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.DecidedApproval;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.documents.StoredDocument;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders' one command API: every change other modules make to an order, each named for what happens, audited and
 * announced. Submissions and revisions (from buyers, and orders entered or changed in the ERP), the signed document,
 * the phases the process moves the order through (each a no-op when the order is already there, so a retried process
 * step changes nothing twice), and the facts the order derives its fulfilment status from (shipments, invoices,
 * payments). Reads go through {@link PurchaseOrderQueries}.
 */
@Service
public class PurchaseOrderCommands {

  private final PurchaseOrders orders;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Shipments shipments;
  private final EntityManager entityManager;
  private final ApprovalPlans approvalPlans;
  private final PurchaseOrderIntake intake;
  private final PurchaseOrderDocuments documents;

  PurchaseOrderCommands(PurchaseOrders orders, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
      Shipments shipments, EntityManager entityManager, ApprovalPlans approvalPlans, PurchaseOrderIntake intake,
      PurchaseOrderDocuments documents) {
    this.intake = intake;
    this.documents = documents;
    this.approvalPlans = approvalPlans;
    this.shipments = shipments;
    this.entityManager = entityManager;
    this.orders = orders;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A buyer submits an order: checked against the company's rules, stored and announced (the process starts). */
  public PurchaseOrderSnapshot submit(String buyerId, SubmitPurchaseOrder request) {
    return intake.submit(buyerId, request);
  }

  /** A buyer revises their order: a new revision, approved again where the re-approval table says so. */
  public PurchaseOrderSnapshot revise(UUID id, String buyerId, SubmitPurchaseOrder request) {
    return intake.revise(id, buyerId, request);
  }

  /** An order entered in the ERP joins the company's history, already in the ERP. */
  public PurchaseOrderSnapshot recordOfflineOrder(CompanyId companyId, SubmitPurchaseOrder request,
      String erpReference) {
    return intake.recordOfflineOrder(companyId, request, erpReference);
  }

  /** The ERP changed an order before shipping: a new revision with the ERP's lines. */
  public PurchaseOrderSnapshot recordErpChange(PurchaseOrderId id, SubmitPurchaseOrder request) {
    return intake.recordErpChange(id, request);
  }

  /** The signed PO as a PDF, checked by content; one arriving after approval is a revision of the order. */
  public StoredDocument attachDocument(PurchaseOrderId id, String fileName, byte[] content, Actor uploadedBy) {
    return documents.attach(id, fileName, content, uploadedBy);
  }

  /** The order as it stands now. */
  @Transactional(readOnly = true)
  public PurchaseOrderSnapshot get(PurchaseOrderId id) {
    return PurchaseOrderSnapshot.of(load(id));
  }

  /**
   * The order as last committed, its row locked until the caller's transaction ends; see {@link #lockRow}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public PurchaseOrderSnapshot lock(PurchaseOrderId id) {
    return PurchaseOrderSnapshot.of(lockRow(id));
  }

  PurchaseOrder load(PurchaseOrderId id) {
    return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("No purchase order " + id));
  }

  /**
   * The order as last committed, its row locked until the caller's transaction ends. Recording a shipment and
   * invoicing take this lock first, so whichever comes second sees everything the first did: the invoicing sees the
   * shipment, or the shipment finds the process already waiting for it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  PurchaseOrder lockRow(PurchaseOrderId id) {
    // Lock first, then read: an instance read earlier in this transaction may be stale, so it is read again.
    // (Hibernate's refresh with a lock mode reads first and then locks that version only: a change committed in
    // between makes it fail.) Pending changes are written first, so reading again cannot drop them.
    entityManager.flush();
    entityManager.createNativeQuery("select id from purchase_orders where id = :id for update")
        .setParameter("id", id.value()).getResultList();
    PurchaseOrder order = load(id);
    entityManager.refresh(order);
    return order;
  }

  /** The required PO document is missing: the order waits for it. */
  @Transactional
  public void awaitDocument(PurchaseOrderId id) {
    byTheProcess(id, order -> order.awaitDocument(now()));
  }

  /** The order goes to its approvers. */
  @Transactional
  public void awaitApproval(PurchaseOrderId id) {
    byTheProcess(id, order -> order.awaitApproval(now()));
  }

  /** The order is over the customer's available credit: credit control decides. */
  @Transactional
  public void holdForCredit(PurchaseOrderId id) {
    byTheProcess(id, order -> order.holdForCredit(now()));
  }

  /** The signed PO document did not arrive before the deadline: the order is cancelled, and the buyer told why. */
  @Transactional
  public void cancelForMissingDocument(PurchaseOrderId id) {
    byTheProcess(id, order -> order.cancelForMissingDocument(now()));
  }

  /** No approval decision within the approval window (in days): the order expires, and the buyer is told why. */
  @Transactional
  public void expire(PurchaseOrderId id, Period approvalWindow) {
    byTheProcess(id, order -> order.expire(approvalWindow, now()));
  }

  /** Every approval step approved, as the stored approval plan of the order's revision shows; refused otherwise. */
  @Transactional
  public void approve(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    if (from == PurchaseOrderStatus.APPROVED) {
      return;
    }
    if (!approvalPlans.approved(id, order.revision())) {
      // whatever moved the process here, the stored plan decides
      throw new IllegalStateException("Order " + order.displayName() + " (revision " + order.revision()
          + ") cannot be approved: its approval plan is not complete (or was rejected)");
    }
    Actor actor = approvalPlans.lastApprover(id, order.revision()).map(Actor::person)
        .orElse(Actor.system("auto-approval"));
    if (order.approve(now())) {
      changed(order, from, actor, null);
    }
  }

  /** The order's approval was rejected: by whom and why, as its approval plan recorded the rejection. */
  @Transactional
  public void rejectAsDecided(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    DecidedApproval rejection = approvalPlans.rejectionOf(id, order.revision()).orElseThrow(
        () -> new IllegalStateException("Nobody rejected order " + order.displayName() + " (revision "
            + order.revision() + ") in its approval plan; it is not rejected"));
    reject(id, Actor.person(rejection.approver()), rejection.reason());
  }

  @Transactional
  public void reject(PurchaseOrderId id, Actor actor, String reason) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    if (order.reject(reason, now())) {
      changed(order, from, actor, reason);
    }
  }

  /** The order reached the ERP under the given reference. */
  @Transactional
  public void recordErpReference(PurchaseOrderId id, String erpReference) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    if (from == PurchaseOrderStatus.SENT_TO_ERP && erpReference.equals(order.erpReference())) {
      return;
    }
    order.recordErpReference(erpReference, now());
    audit.record(id, Actor.SYSTEM, AuditType.PUSHED_TO_ERP, "ERP reference " + erpReference);
    if (order.status() != from) {
      changed(order, from, Actor.SYSTEM, null);
    }
  }

  /** The buyer (or staff) withdraws an order not yet approved; its process is told to end. */
  @Transactional
  public void cancel(PurchaseOrderId id, Actor actor) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    String reason = "Cancelled by " + actor;
    order.cancel(reason, now());
    audit.record(id, actor, AuditType.CANCELLED, reason);
    changed(order, from, actor, reason);
    events.publishEvent(new PurchaseOrderWithdrawn(id, actor));
  }

  /** The ERP confirmed the order: its reference is kept (and a pending push finds the order there). */
  @Transactional
  public PurchaseOrderSnapshot confirmInErp(PurchaseOrderId id, String reference) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    order.confirmInErp(reference, now());
    audit.record(id, Actor.ERP, AuditType.ERP_CONFIRMED, "ERP reference " + reference);
    if (order.status() != from) {
      changed(order, from, Actor.ERP, null);
    }
    return PurchaseOrderSnapshot.of(order);
  }

  /**
   * Goods shipped, as the ERP reports them: per SKU, filling the order's lines with that SKU in line order (the
   * shipment keeps what each line took); the rest stays open as backorder.
   */
  @Transactional
  public RecordedShipment recordShipment(PurchaseOrderId id, String erpEventId, String trackingNumber,
      List<Shipment.Line> lines) {
    PurchaseOrder order = lockRow(id);
    PurchaseOrderStatus from = order.status();
    Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), BigDecimal::add));
    List<Shipment.Line> allocated = order.ship(quantities, now());
    Shipment shipment = shipments.save(new Shipment(id.value(), erpEventId, trackingNumber, allocated, now()));
    audit.record(id, Actor.ERP, AuditType.SHIPPED, lines.stream()
        .map(line -> line.quantity().stripTrailingZeros().toPlainString() + " × " + line.sku())
        .collect(Collectors.joining(", "))
        + (trackingNumber == null ? "" : ", tracking " + trackingNumber));
    if (order.status() != from) {
      changed(order, from, Actor.ERP, null);
    }
    events.publishEvent(new ShipmentRecorded(id, shipment.id(), order.fullyShipped()));
    return RecordedShipment.of(shipment);
  }

  /**
   * Invoicing issued an invoice for a shipment of the order: the shipment's goods count as invoiced, the invoice's
   * total as owed. Once everything shipped is invoiced the order is INVOICED. Called under the order's lock.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordInvoice(PurchaseOrderId id, String invoiceNumber, UUID shipmentId, BigDecimal invoiceTotal) {
    PurchaseOrder order = load(id);
    Shipment shipment = shipments.findById(shipmentId)
        .filter(each -> each.purchaseOrderId().equals(id.value()))
        .orElseThrow(() -> new NotFoundException("No shipment " + shipmentId + " of purchase order " + id));
    PurchaseOrderStatus from = order.status();
    if (order.recordInvoice(invoiceNumber, shipment.lines(), invoiceTotal, now())) {
      changed(order, from, Actor.SYSTEM, null);
    }
  }

  /**
   * A payment on an invoice of the order, by whoever recorded it. Once everything is invoiced and paid the order is
   * PAID (by them), and with that COMPLETED. Called under the order's lock.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordPayment(PurchaseOrderId id, String invoiceNumber, BigDecimal amount, Actor by) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    if (order.recordPayment(invoiceNumber, amount, now())) {
      changed(order, from, by, null);
    }
    PurchaseOrderStatus paid = order.status();
    if (order.completeIfSettled(now())) {
      changed(order, paid, Actor.SYSTEM, null);
    }
  }

  /**
   * The ERP's figures for an order, any of which it may leave out: net, tax, and its total (tax included).
   */
  public record ErpTotals(BigDecimal net, BigDecimal tax, BigDecimal total) {}

  /**
   * Compares each figure the ERP gave with ours, net with net, tax with tax, total (tax included) with ours tax
   * included. Beyond the tolerance on any of them, finance reviews the order, with every figure and its
   * difference; returns those in words, empty when all agree.
   */
  @Transactional
  public Optional<String> compareErpTotals(PurchaseOrderId id, ErpTotals erp, BigDecimal tolerance) {
    PurchaseOrder order = load(id);
    List<String> figures = new ArrayList<>();
    boolean differs = false;
    BigDecimal[][] pairs = {{erp.net(), order.net().amount()}, {erp.tax(), order.tax().amount()},
        {erp.total(), order.gross().amount()}};
    String[] names = {"net", "tax", "total"};
    for (int i = 0; i < pairs.length; i++) {
      BigDecimal theirs = pairs[i][0];
      if (theirs == null) {
        continue;
      }
      BigDecimal difference = theirs.subtract(pairs[i][1]);
      differs |= difference.abs().compareTo(tolerance) > 0;
      figures.add(names[i] + ": ERP " + theirs.toPlainString() + ", ours " + pairs[i][1].toPlainString()
          + ", difference " + difference.toPlainString());
    }
    if (!differs) {
      return Optional.empty();
    }
    String differences = String.join("; ", figures) + " " + order.currency();
    audit.record(id, Actor.ERP, AuditType.ERP_TOTALS_DIFFER, "ERP totals differ: " + differences);
    events.publishEvent(new ErpTotalsDiffer(id, order.gross().amount(), erp.total(), differences));
    return Optional.of(differences);
  }

  /** The ERP cancelled the order before it shipped; its process ends wherever it stands. */
  @Transactional
  public void cancelInErp(PurchaseOrderId id, String reason) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    order.cancelInErp(reason, now());
    audit.record(id, Actor.ERP, AuditType.CANCELLED, reason);
    changed(order, from, Actor.ERP, reason);
    events.publishEvent(new PurchaseOrderWithdrawn(id, Actor.ERP));
  }

  /** Whether the required document is still missing; if so, the buyer is reminded. */
  @Transactional
  public boolean remindIfDocumentMissing(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    if (order.hasDocument()) {
      return false;
    }
    events.publishEvent(new DocumentReminderDue(id, order.companyId(), order.poNumber(), order.submittedBy()));
    return true;
  }

  /** A status move the process makes, announced as made by the system; a retried step changes nothing twice. */
  private void byTheProcess(PurchaseOrderId id, Predicate<PurchaseOrder> move) {
    PurchaseOrder order = load(id);
    PurchaseOrderStatus from = order.status();
    if (move.test(order)) {
      changed(order, from, Actor.SYSTEM, order.statusReason());
    }
  }

  private void changed(PurchaseOrder order, PurchaseOrderStatus from, Actor actor, String reason) {
    audit.record(order.purchaseOrderId(), actor, AuditType.STATUS_CHANGED,
        from + " → " + order.status() + (reason == null ? "" : ": " + reason));
    events.publishEvent(new PurchaseOrderStatusChanged(order.purchaseOrderId(), order.companyId(), order.poNumber(),
        order.submittedBy(), from, order.status(), reason));
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
