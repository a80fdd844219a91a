package io.podesk.invoicing;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.catalog.OrderCharges;
import io.podesk.catalog.TaxTable;
import io.podesk.customers.CompanyProfile;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.SellerProfiles;
import io.podesk.documents.Documents;
import io.podesk.documents.StoredDocument;
import io.podesk.orders.InvoiceDirectory;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.RecordedShipment;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.Money;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.OrderAmounts;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.shared.StaffDirectory;
import io.podesk.shared.TaxBreakdown;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one invoice per shipment, for what shipped, line by line at each order line's price: PO number in the
 * header, tax at each order line's rate (per rate on the PDF, rounded as the order was), due after the customer's
 * payment terms, rendered as PDF and kept in the document store. The number is drawn and the invoice stored in one transaction; pushing it to the ERP is a step of
 * its own, by that number. Idempotent: a shipment already invoiced is skipped (and a unique constraint backs that
 * up).
 */
@Service
public class Invoicing implements InvoiceDirectory {

  private final Invoices invoices;
  private final InvoiceNumbers numbers;
  private final PurchaseOrderQueries queries;
  private final PurchaseOrderCommands orders;
  private final CustomerDirectory customers;
  private final Documents documents;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final InvoicingProperties properties;
  private final Clock clock;
  private final EntityManager entityManager;
  private final StaffDirectory staff;
  private final SellerProfiles sellerProfiles;
  private final TaxTable taxTable;

  Invoicing(Invoices invoices, InvoiceNumbers numbers, PurchaseOrderQueries queries, PurchaseOrderCommands orders,
      CustomerDirectory customers, Documents documents, AuditTrail audit, ApplicationEventPublisher events,
      InvoicingProperties properties, Clock clock, EntityManager entityManager, StaffDirectory staff,
      SellerProfiles sellerProfiles, TaxTable taxTable) {
    this.taxTable = taxTable;
    this.sellerProfiles = sellerProfiles;
    this.invoices = invoices;
    this.numbers = numbers;
    this.queries = queries;
    this.orders = orders;
    this.customers = customers;
    this.documents = documents;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.entityManager = entityManager;
    this.staff = staff;
  }

  /**
   * Invoices every shipment of the order not invoiced yet, and tells the order of each invoice. The order stays
   * locked until the caller's transaction ends: a shipment recorded meanwhile waits, then finds the
   * process where it went on from here.
   */
  @Transactional
  public List<Invoice> invoiceShipments(PurchaseOrderId purchaseOrderId) {
    if (issuedByErp()) {
      // the ERP's invoices are the only set: PO Desk draws no number of its own, it records the ERP's
      events.publishEvent(new ErpInvoicesWanted(purchaseOrderId, true));
      return List.of();
    }
    PurchaseOrderSnapshot order = orders.lock(purchaseOrderId);
    CustomerTerms customer = customers.termsOf(order.companyId());
    List<Invoice> issued = new ArrayList<>();
    for (RecordedShipment shipment : queries.shipmentsOf(purchaseOrderId)) {
      if (!invoices.existsByShipmentId(shipment.id())) {
        issued.add(issue(order, customer, shipment));
      }
    }
    return issued;
  }

  private Invoice issue(PurchaseOrderSnapshot order, CustomerTerms customer, RecordedShipment shipment) {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    String country = order.shipTo() == null ? null : order.shipTo().country();
    List<Invoice.Line> lines = shipment.lines().stream().map(shipped -> {
      PurchaseOrderSnapshot.Line ordered = order.lines().get(shipped.orderLine());
      // the rate the order line was taxed at; a line from before rates were kept per line gets today's
      BigDecimal percent = ordered.taxPercent() != null ? ordered.taxPercent()
          : taxTable.rateFor(ordered.sku(), country, today).percent();
      return new Invoice.Line(shipped.sku(), ordered.description(), shipped.quantity(), ordered.unitPrice(),
          Money.of(ordered.unitPrice(), order.currency()).times(shipped.quantity()).amount(), percent);
    }).toList();
    // the order's discount off each line; its freight and handling on its first invoice
    boolean first = invoices.findByPurchaseOrderIdOrderByIssuedAt(order.id()).isEmpty();
    OrderCharges.Applied charges = order.charges();
    Money none = Money.zero(order.currency()).rounded();
    OrderAmounts amounts = OrderAmounts.of(lines.stream().map(line -> new TaxBreakdown.Taxed(
            Money.of(line.lineTotal(), order.currency()), line.taxPercent())).toList(), charges.discountPercent(),
        first ? charges.freight() : none, first ? charges.handling() : none, charges.chargesTaxPercent(),
        order.taxRounding(), order.currency());
    TaxBreakdown taxes = amounts.taxes();
    Money net = amounts.net();
    Money tax = taxes.tax();
    PaymentTerms terms = order.paymentTermsOr(customer.paymentTerms());
    LocalDate due = terms.dueDate(today);
    Invoice invoice = invoices.saveAndFlush(new Invoice(numbers.next(), order.id(), shipment.id(), order.poNumber(),
        order.currency(), lines, net.amount(), tax.amount(), now, due, amounts.discount().amount(),
        amounts.freight().amount(), amounts.handling().amount()));
    StoredDocument pdf = documents.storePdf(order.purchaseOrderId(), invoice.number() + ".pdf",
        InvoicePdf.render(invoice, new InvoicePdf.Parties(sellerProfiles.current().orElse(null), customer.name(),
            customers.profile(order.companyId()).map(CompanyProfile::billingAddress).orElse(null)), terms.label(),
            taxes, order.taxNote()),
        Actor.SYSTEM);
    invoice.attach(pdf.id());
    audit.record(order.purchaseOrderId(), Actor.SYSTEM, AuditType.INVOICED, "Invoice " + invoice.number() + ": "
        + invoice.total() + ", due " + due);
    events.publishEvent(new InvoiceIssued(order.purchaseOrderId(), order.displayName(), order.submittedBy(),
        invoice.number(), invoice.total().amount(), invoice.currency(), due, pdf.id()));
    orders.recordInvoice(order.purchaseOrderId(), invoice.number(), shipment.id(), invoice.total().amount());
    return invoice;
  }

  /** Whether the ERP issues the invoices ({@code podesk.invoicing.issuer=erp}) and PO Desk only records them. */
  public boolean issuedByErp() {
    return properties.issuer() == InvoicingProperties.Issuer.ERP;
  }

  /**
   * Records an invoice the ERP issued for a shipment of the order: under the order's lock, once by its number
   * (again: nothing happens), for a shipment of the order not invoiced yet. It is kept with its PDF (rendered from
   * the ERP's figures, the tax as the ERP computed it), counts as in the ERP already, is mailed to the buyer and
   * takes payments like any invoice. Answers whether it was new.
   */
  @Transactional
  public boolean recordErpInvoice(PurchaseOrderId purchaseOrderId, UUID shipmentId, ErpIssuedInvoice issued) {
    PurchaseOrderSnapshot order = orders.lock(purchaseOrderId);
    if (invoices.findByNumber(issued.number()).isPresent()) {
      return false;
    }
    if (invoices.existsByShipmentId(shipmentId)) {
      throw new ConflictException("Shipment " + shipmentId + " of " + order.displayName() + " is invoiced already; "
          + "the ERP's invoice " + issued.number() + " cannot be a second invoice of it");
    }
    CustomerTerms customer = customers.termsOf(order.companyId());
    Instant now = Instant.now(clock);
    List<Invoice.Line> lines = issued.lines().stream().map(l -> new Invoice.Line(l.sku(), l.description(),
        l.quantity().stripTrailingZeros(), l.unitPrice().stripTrailingZeros(), Money.of(l.lineTotal(),
        order.currency()).rounded().amount(), null)).toList();
    Money net = Money.of(issued.net(), order.currency()).rounded();
    Money tax = Money.of(issued.tax(), order.currency()).rounded();
    Invoice invoice = invoices.saveAndFlush(new Invoice(issued.number(), order.id(), shipmentId, order.poNumber(),
        order.currency(), lines, net.amount(), tax.amount(), now, issued.dueDate()));
    BigDecimal percent = net.isZero() ? BigDecimal.ZERO
        : tax.amount().multiply(BigDecimal.valueOf(100)).divide(net.amount(), 2, RoundingMode.HALF_UP);
    TaxBreakdown taxes = new TaxBreakdown(List.of(new TaxBreakdown.Rate(percent, net, tax)), tax);
    PaymentTerms terms = order.paymentTermsOr(customer.paymentTerms());
    StoredDocument pdf = documents.storePdf(order.purchaseOrderId(), invoice.number().replace('/', '-') + ".pdf",
        InvoicePdf.render(invoice, new InvoicePdf.Parties(sellerProfiles.current().orElse(null), customer.name(),
            customers.profile(order.companyId()).map(CompanyProfile::billingAddress).orElse(null)), terms.label(),
            taxes, order.taxNote()), Actor.ERP);
    invoice.attach(pdf.id());
    invoice.pushedToErp(now);
    audit.record(order.purchaseOrderId(), Actor.ERP, AuditType.INVOICED, "Invoice " + invoice.number()
        + " issued by the ERP: " + invoice.total() + ", due " + invoice.dueDate());
    events.publishEvent(new InvoiceIssued(order.purchaseOrderId(), order.displayName(), order.submittedBy(),
        invoice.number(), invoice.total().amount(), invoice.currency(), invoice.dueDate(), pdf.id()));
    orders.recordInvoice(order.purchaseOrderId(), invoice.number(), shipmentId, invoice.total().amount());
    return true;
  }

  /** The order's shipments no invoice covers yet, oldest first. */
  @Transactional(readOnly = true)
  public List<UUID> shipmentsNotInvoiced(PurchaseOrderId purchaseOrderId) {
    return queries.shipmentsOf(purchaseOrderId).stream().map(RecordedShipment::id)
        .filter(id -> !invoices.existsByShipmentId(id)).toList();
  }

  /**
   * A payment against an invoice of the order (from the ERP or recorded by finance), which the order is told of too.
   * Payments of one order take its lock first, so two at once are recorded one after the other and both count (and
   * the second sees the first when the order decides it is PAID). A change of the invoice made meanwhile without
   * that lock fails the invoice's version check: refused, not overwritten.
   */
  @Transactional
  public Invoice recordPayment(PurchaseOrderId purchaseOrderId, String invoiceNumber, BigDecimal amount, Actor by) {
    PurchaseOrderSnapshot order = orders.lock(purchaseOrderId);
    Invoice invoice = find(purchaseOrderId, invoiceNumber)
        .orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber + " for this order"));
    // a copy read before the lock (the ERP event looks the invoice up first) may be stale
    entityManager.refresh(invoice);
    invoice.pay(amount, by, Instant.now(clock));
    invoices.saveAndFlush(invoice);
    audit.record(purchaseOrderId, by, AuditType.PAYMENT_RECORDED, amount.toPlainString() + " "
        + invoice.currency() + " on " + invoice.number() + ", outstanding "
        + invoice.outstanding().amount().toPlainString());
    orders.recordPayment(purchaseOrderId, invoice.number(), amount, by);
    boolean paid = order.fullyShipped() && invoices.findByPurchaseOrderIdOrderByIssuedAt(purchaseOrderId.value())
        .stream().allMatch(Invoice::settled);
    events.publishEvent(new PaymentRecorded(purchaseOrderId, invoice.number(), amount, paid));
    return invoice;
  }

  /**
   * Reminds the buyer of invoices falling due and duns overdue ones; each notice is sent once per period. From the
   * second dunning notice on, the company's sales rep hears too (if they have a mail address).
   */
  @Transactional
  public int sendPaymentReminders(PurchaseOrderId purchaseOrderId) {
    // like payments, under the order's lock: a reminder never writes an invoice from a copy a payment outdated
    if (issuedByErp()) {
      // an invoice the ERP posted after the last shipment is found on this daily look
      events.publishEvent(new ErpInvoicesWanted(purchaseOrderId, false));
    }
    PurchaseOrderSnapshot order = orders.lock(purchaseOrderId);
    String salesRepEmail = staff.mailOf(customers.termsOf(order.companyId()).salesRep()).orElse(null);
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    int sent = 0;
    for (Invoice invoice : invoices.findByPurchaseOrderIdOrderByIssuedAt(purchaseOrderId.value())) {
      int level = -1;
      if (invoice.dueForDunning(today, now, properties.dunningInterval())) {
        level = invoice.dunned(now);
      } else if (invoice.dueForReminder(today, properties.reminderDays())) {
        invoice.reminded(now);
        level = 0;
      }
      if (level >= 0) {
        audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.PAYMENT_REMINDED,
            (level == 0 ? "Reminder" : "Dunning notice " + level) + " for " + invoice.number() + ", due "
                + invoice.dueDate());
        events.publishEvent(new PaymentReminderDue(purchaseOrderId, order.displayName(), order.submittedBy(),
            salesRepEmail, invoice.number(), invoice.outstanding().amount(), invoice.currency(), invoice.dueDate(),
            level));
        sent++;
      }
    }
    return sent;
  }

  /** Invoices of the order the ERP has not received yet. */
  @Transactional(readOnly = true)
  public List<IssuedInvoice> notPushedToErp(PurchaseOrderId purchaseOrderId) {
    return invoices.findByPurchaseOrderIdAndErpPushedAtIsNullOrderByIssuedAt(purchaseOrderId.value()).stream()
        .map(IssuedInvoice::of).toList();
  }

  /** The ERP has the invoice; called under the order's lock (see ErpPush), the version check backs that up. */
  @Transactional
  public void markPushedToErp(String number, String erpReference) {
    Invoice invoice = invoices.findByNumber(number).orElseThrow();
    invoice.pushedToErp(Instant.now(clock));
    invoices.save(invoice);
    audit.record(invoice.purchaseOrderId(), Actor.SYSTEM, AuditType.PUSHED_TO_ERP, "Invoice " + number
        + (erpReference == null || erpReference.isBlank() ? "" : " as " + erpReference));
  }

  /** The invoice of a company with this number, for payments that name only the invoice. */
  @Transactional(readOnly = true)
  public Optional<IssuedInvoice> findByNumber(String number) {
    return invoices.findByNumber(number).map(IssuedInvoice::of);
  }

  @Override
  @Transactional(readOnly = true)
  public List<InvoiceSummary> invoicesOf(PurchaseOrderId purchaseOrderId) {
    return invoices.findByPurchaseOrderIdOrderByIssuedAt(purchaseOrderId.value()).stream()
        .map(invoice -> new InvoiceSummary(invoice.number(), invoice.total().amount(), invoice.paid().amount(),
            invoice.outstanding().amount(), invoice.dueDate(), invoice.settled() ? "PAID" : "OPEN",
            "/api/purchase-orders/" + purchaseOrderId + "/invoices/" + InvoiceDirectory.pathOf(invoice.number())))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Invoice> find(PurchaseOrderId purchaseOrderId, String number) {
    Optional<Invoice> exact = invoices.findByNumber(number)
        .filter(invoice -> invoice.purchaseOrderId().equals(purchaseOrderId));
    if (exact.isPresent() || number == null || !number.contains("~")) {
      return exact;
    }
    // an ERP's number with slashes (Odoo's INV/2026/00001), as its download path spells it
    return invoices.findByPurchaseOrderIdOrderByIssuedAt(purchaseOrderId.value()).stream()
        .filter(invoice -> InvoiceDirectory.pathOf(invoice.number()).equals(number)).findFirst();
  }


}
