package io.podesk.orders;

import io.podesk.shared.BaseCurrency;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.Money;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a buyer's purchase order in: validates it, stores it, records it and announces it, all in one
 * transaction. Listeners in the same transaction start its process, so either all of it happens or none.
 */
@Service
class PurchaseOrderIntake {

  private final PurchaseOrders orders;
  private final CustomerDirectory customers;
  private final PurchaseOrderValidator validator;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PurchaseOrderRevisions revisions;
  private final ObjectMapper json;
  private final ReapprovalPolicy reapprovals;
  private final BaseCurrency baseCurrency;
  private final CatalogLineCheck catalog;
  private final OrderTax tax;

  PurchaseOrderIntake(PurchaseOrders orders, CustomerDirectory customers,
      PurchaseOrderValidator validator, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
      PurchaseOrderRevisions revisions, ObjectMapper json,
      ReapprovalPolicy reapprovals, BaseCurrency baseCurrency, CatalogLineCheck catalog, OrderTax tax) {
    this.catalog = catalog;
    this.tax = tax;
    this.revisions = revisions;
    this.json = json;
    this.reapprovals = reapprovals;
    this.baseCurrency = baseCurrency;
    this.orders = orders;
    this.customers = customers;
    this.validator = validator;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public PurchaseOrderSnapshot submit(String buyerId, SubmitPurchaseOrder request) {
    CompanyPerson buyer = customers.person(buyerId)
        .filter(CompanyPerson::isBuyer)
        .orElseThrow(() -> new ForbiddenException("Only a customer's buyer can submit purchase orders"));
    CustomerTerms customer = customers.termsOf(CompanyId.of(buyer.companyId()));
    if (!customer.active()) {
      throw new ForbiddenException(customer.name() + " is deactivated: it cannot submit new purchase orders; ask the "
          + "seller to reactivate it");
    }
    SubmitPurchaseOrder normalized = normalize(request);
    List<FieldError> errors = validator.validate(normalized, customer);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The purchase order has " + errors.size() + " problem(s)", errors);
    }
    if (normalized.poNumber() != null && orders.existsByCustomerIdAndPoNumberKey(customer.id(),
        customer.poNumberPolicy().keyOf(normalized.poNumber()))) {
      throw duplicate(normalized.poNumber());
    }
    PurchaseOrder order = newOrder(Actor.person(buyerId), customer, normalized, true);
    try {
      orders.saveAndFlush(order);
    } catch (DataIntegrityViolationException e) {
      throw duplicate(normalized.poNumber());
    }
    audit.record(order.purchaseOrderId(), Actor.person(buyerId), AuditType.SUBMITTED, "Submitted " + order.displayName() + ", total "
        + order.total());
    events.publishEvent(new PurchaseOrderSubmitted(order.purchaseOrderId(), customer.companyId(), order.poNumber(),
        buyerId,
        order.total().amount(), order.currency()));
    return PurchaseOrderSnapshot.of(order);
  }

  /**
   * A new revision of the buyer's order: the same PO number, new lines and terms, the earlier revision kept.
   * A rejected order goes through approval again; one already in the ERP takes the change, approved again when the
   * re-approval table ({@link ReapprovalPolicy}) says so (any change of lines or ship-to, by default), while the
   * ERP holds the revision it has.
   */
  @Transactional
  public PurchaseOrderSnapshot revise(UUID id, String buyerId, SubmitPurchaseOrder request) {
    CompanyPerson buyer = customers.person(buyerId)
        .filter(CompanyPerson::isBuyer)
        .orElseThrow(() -> new ForbiddenException("Only a customer's buyer can revise purchase orders"));
    PurchaseOrder order = orders.findById(id).filter(o -> o.customerId().equals(buyer.companyId()))
        .orElseThrow(() -> new NotFoundException("No purchase order " + id));
    CustomerTerms customer = customers.termsOf(order.companyId());
    SubmitPurchaseOrder normalized = normalize(request);
    if (normalized.poNumber() != null && !normalized.poNumber().equals(order.poNumber())) {
      throw new InvalidInputException("poNumber", "a revision keeps its PO number "
          + (order.poNumber() == null ? "(none)" : order.poNumber()) + "; submit a new order for a new number");
    }
    SubmitPurchaseOrder revised = new SubmitPurchaseOrder(order.poNumber(), normalized.currency(),
        normalized.lines(), normalized.shipTo(), normalized.notes());
    List<FieldError> errors = validator.validate(revised, keptRulesOf(order, customer));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The revision has " + errors.size() + " problem(s)", errors);
    }
    if (!revised.currency().equals(order.currency())) {
      throw new InvalidInputException("currency", "a revision keeps the order's currency " + order.currency());
    }
    List<PurchaseOrderLine> lines = priced(revised);
    CatalogLineCheck.Verdict prices = catalog.enforce(customer, revised.currency(), lines,
        LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    order.requireRevisable();
    if (order.ended() && order.poNumber() != null
        && orders.existsByCustomerIdAndPoNumberKey(order.customerId(), order.poNumberKeyIfLive())) {
      throw new ConflictException("PO number " + order.poNumber() + " is used by another order of your company "
          + "now; submit this one as a new order with a new number");
    }
    String snapshotBefore = snapshot(order);
    Money before = order.total();
    boolean inErp = order.status() == PurchaseOrderStatus.SENT_TO_ERP;
    ReapprovalPolicy.Reapproval reapproval = !inErp
        ? ReapprovalPolicy.Reapproval.full("revision of a rejected order")
        : prices.flagged() ? ReapprovalPolicy.Reapproval.full("a line off the catalog price")
        : reapprovals.decide(order.changeTo(lines, shipToOf(revised), baseDelta(order, totalOf(lines))));
    order.flagPrices(prices.flagged());
    var outcome = order.revise(lines, totalOf(lines), shipToOf(revised), revised.notes(), reapproval,
        Instant.now(clock));
    OrderTax.Taxed taxes = tax.apply(customer, order.shipTo(), order.currency(), lines,
        LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    order.taxed(taxes, tax.rounding());
    try {
      revisions.saveAndFlush(new PurchaseOrderRevision(id, order.revision() - 1, before.amount(), snapshotBefore,
          Instant.now(clock), Actor.person(buyerId)));
      orders.saveAndFlush(order);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("Purchase order " + order.displayName() + " was revised by someone else at the "
          + "same moment; reload it and try again");
    }
    String summary = "Revision " + order.revision() + ": total " + before.amount().toPlainString() + " → "
        + order.total()
        + (outcome == PurchaseOrder.RevisionOutcome.REAPPROVAL ? ", approval needed again (" + reapproval.reason()
            + ")" : ", sent to the ERP");
    announce(order, Actor.person(buyerId), outcome, inErp, summary);
    return PurchaseOrderSnapshot.of(order);
  }

  /**
   * A new signed document for an order the ERP already has: a new revision with the same lines whose approval
   * the re-approval table decides (by default everyone again); the approved document stays on record.
   */
  @Transactional
  void reviseDocument(PurchaseOrder order, UUID newDocumentId, Actor actor) {
    String snapshotBefore = snapshot(order);
    BigDecimal total = order.total().amount();
    ReapprovalPolicy.Reapproval reapproval = reapprovals.decide(new RevisionChange(Money.zero(order.currency()), false,
        false, true));
    var outcome = order.reviseDocument(newDocumentId, reapproval, Instant.now(clock));
    try {
      revisions.saveAndFlush(new PurchaseOrderRevision(order.id(), order.revision() - 1, total, snapshotBefore,
          Instant.now(clock), actor));
      orders.saveAndFlush(order);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("Purchase order " + order.displayName() + " was revised by someone else at the "
          + "same moment; reload it and try again");
    }
    String summary = "Revision " + order.revision() + ": a new signed PO document"
        + (outcome == PurchaseOrder.RevisionOutcome.REAPPROVAL ? ", approval needed again (" + reapproval.reason()
            + "); the approved document stays on record" : ", sent to the ERP");
    announce(order, actor, outcome, true, summary);
  }

  private void announce(PurchaseOrder order, Actor actor, PurchaseOrder.RevisionOutcome outcome, boolean wasInErp,
      String summary) {
    audit.record(order.purchaseOrderId(), actor, AuditType.REVISED, summary);
    boolean reapproval = outcome == PurchaseOrder.RevisionOutcome.REAPPROVAL;
    events.publishEvent(new PurchaseOrderRevised(order.purchaseOrderId(), order.companyId(), order.poNumber(),
        order.revision(), reapproval, reapproval && wasInErp ? order.revision() - 1 : 0, order.erpReference(),
        summary));
  }

  /** The new total minus the old one, in the base currency where there is a rate. */
  private Money baseDelta(PurchaseOrder order, BigDecimal newTotal) {
    Money delta = Money.of(newTotal, order.currency()).minus(order.total());
    return baseCurrency.toBase(delta).orElse(delta);
  }

  /**
   * An order entered in the ERP (by phone, EDI or mail) joins the company's history here, already in the ERP: it
   * runs no approval, follows the company's PO-number rules, and must not reuse a PO number of the company.
   */
  @Transactional
  public PurchaseOrderSnapshot recordOfflineOrder(CompanyId customerId, SubmitPurchaseOrder request, String erpReference) {
    CustomerTerms customer = customers.find(customerId)
        .orElseThrow(() -> new NotFoundException("No customer " + customerId));
    SubmitPurchaseOrder normalized = normalize(request);
    List<FieldError> errors = validator.validate(normalized, customer);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The offline order has " + errors.size() + " problem(s)", errors);
    }
    if (normalized.poNumber() != null && orders.existsByCustomerIdAndPoNumberKey(customerId.value(),
        customer.poNumberPolicy().keyOf(normalized.poNumber()))) {
      throw duplicate(normalized.poNumber());
    }
    PurchaseOrder order = newOrder(Actor.ERP, customer, normalized, false);
    order.enterFromErp(erpReference, Instant.now(clock));
    try {
      orders.saveAndFlush(order);
    } catch (DataIntegrityViolationException e) {
      throw duplicate(normalized.poNumber());
    }
    audit.record(order.purchaseOrderId(), Actor.ERP, AuditType.OFFLINE_ORDER, "Entered in the ERP as " + erpReference);
    events.publishEvent(new PurchaseOrderEnteredInErp(order.purchaseOrderId(), erpReference));
    return PurchaseOrderSnapshot.of(order);
  }

  /** The ERP changed an order before shipping: a new revision with the ERP's lines; the earlier one is kept. */
  @Transactional
  public PurchaseOrderSnapshot recordErpChange(PurchaseOrderId purchaseOrderId, SubmitPurchaseOrder request) {
    UUID id = purchaseOrderId.value();
    PurchaseOrder order = orders.findById(id).orElseThrow(() -> new NotFoundException("No purchase order " + id));
    CustomerTerms customer = customers.termsOf(order.companyId());
    SubmitPurchaseOrder changed = new SubmitPurchaseOrder(order.poNumber(), order.currency(), request.lines(), null,
        request.notes());
    List<FieldError> errors = validator.validate(changed, keptRulesOf(order, customer));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The change has " + errors.size() + " problem(s)", errors);
    }
    List<PurchaseOrderLine> lines = priced(changed);
    catalog.check(customer, order.currency(), lines, LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    String snapshotBefore = snapshot(order);
    Money before = order.total();
    order.changeInErp(lines, totalOf(lines), request.notes(), Instant.now(clock));
    OrderTax.Taxed taxes = tax.apply(customer, order.shipTo(), order.currency(), lines,
        LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    order.taxed(taxes, tax.rounding());
    revisions.saveAndFlush(new PurchaseOrderRevision(id, order.revision() - 1, before.amount(), snapshotBefore,
        Instant.now(clock), Actor.ERP));
    orders.saveAndFlush(order);
    audit.record(order.purchaseOrderId(), Actor.ERP, AuditType.REVISED, "Changed in the ERP: revision " + order.revision() + ", total "
        + before.amount().toPlainString() + " → " + order.total());
    return PurchaseOrderSnapshot.of(order);
  }

  private String snapshot(PurchaseOrder order) {
    try {
      return json.writeValueAsString(PurchaseOrderView.of(PurchaseOrderSnapshot.of(order), null, null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The company's terms with the PO-number rule the order was submitted under, which its revisions keep. */
  private static CustomerTerms keptRulesOf(PurchaseOrder order, CustomerTerms customer) {
    return order.poNumberRule().map(customer::withPoNumberPolicy).orElse(customer);
  }

  /**
   * A new order with its lines checked against the catalog; a buyer's order under the company's price policy
   * (refused, or flagged for a sales manager), one the ERP entered only with the findings recorded.
   */
  private PurchaseOrder newOrder(Actor submitter, CustomerTerms customer, SubmitPurchaseOrder request,
      boolean enforcePricePolicy) {
    List<PurchaseOrderLine> lines = priced(request);
    LocalDate today = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    CatalogLineCheck.Verdict verdict = enforcePricePolicy
        ? catalog.enforce(customer, request.currency(), lines, today)
        : catalog.check(customer, request.currency(), lines, today);
    PurchaseOrder order = new PurchaseOrder(customer.id(), request.poNumber(), request.currency(), lines,
        totalOf(lines), shipToOf(request), request.notes(), submitter.name(), Instant.now(clock));
    order.keep(customer.paymentTerms(), customer.poNumberPolicy());
    order.flagPrices(enforcePricePolicy && verdict.flagged());
    OrderTax.Taxed taxes = tax.apply(customer, order.shipTo(), request.currency(), lines, today);
    order.taxed(taxes, tax.rounding());
    return order;
  }

  /** Lines with their totals, rounded once to the currency's minor unit (package-private: the fuzz test prices too). */
  static List<PurchaseOrderLine> priced(SubmitPurchaseOrder request) {
    return request.lines().stream()
        .map(line -> new PurchaseOrderLine(line.sku(), line.description(), line.quantity(), line.unitPrice(),
            Money.of(line.unitPrice(), request.currency()).times(line.quantity()).amount()))
        .toList();
  }

  static BigDecimal totalOf(List<PurchaseOrderLine> lines) {
    return lines.stream().map(PurchaseOrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static ShipTo shipToOf(SubmitPurchaseOrder request) {
    SubmitPurchaseOrder.Address a = request.shipTo();
    return a == null ? null : new ShipTo(a.name(), a.street(), a.city(), a.postalCode(), a.country());
  }

  /** The PO number stripped (blank: none) and the currency upper-cased, before any check. */
  static SubmitPurchaseOrder normalize(SubmitPurchaseOrder request) {
    String poNumber = request.poNumber() == null || request.poNumber().isBlank() ? null : request.poNumber().strip();
    String currency = request.currency() == null ? null : request.currency().strip().toUpperCase(Locale.ROOT);
    return new SubmitPurchaseOrder(poNumber, currency, request.lines(), request.shipTo(), request.notes());
  }

  private static ConflictException duplicate(String poNumber) {
    return new ConflictException("PO number " + poNumber + " was already submitted by your company; "
        + "use a new PO number or open the existing order");
  }
}
