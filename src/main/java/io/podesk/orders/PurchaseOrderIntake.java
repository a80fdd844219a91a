package io.podesk.orders;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CompanyUser;
import io.podesk.customers.CompanyUsers;
import io.podesk.customers.Customer;
import io.podesk.customers.Customers;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a buyer's purchase order in: validates it, stores it, records it and announces it, all in one
 * transaction. Listeners in the same transaction start its process, so either all of it happens or none.
 */
@Service
public class PurchaseOrderIntake {

  private final PurchaseOrders orders;
  private final Customers customers;
  private final CompanyUsers companyUsers;
  private final PurchaseOrderValidator validator;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PurchaseOrderIntake(PurchaseOrders orders, Customers customers, CompanyUsers companyUsers,
      PurchaseOrderValidator validator, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.orders = orders;
    this.customers = customers;
    this.companyUsers = companyUsers;
    this.validator = validator;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public PurchaseOrder submit(String buyerId, SubmitPurchaseOrder request) {
    CompanyUser buyer = companyUsers.findById(buyerId)
        .filter(user -> user.role() == CompanyRole.BUYER)
        .orElseThrow(() -> new ForbiddenException("Only a customer's buyer can submit purchase orders"));
    Customer customer = customers.findById(buyer.customerId()).orElseThrow();
    SubmitPurchaseOrder normalized = normalize(request);
    List<FieldError> errors = validator.validate(normalized, customer);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The purchase order has " + errors.size() + " problem(s)", errors);
    }
    if (normalized.poNumber() != null && orders.existsByCustomerIdAndPoNumber(customer.id(), normalized.poNumber())) {
      throw duplicate(normalized.poNumber());
    }
    PurchaseOrder order = newOrder(buyerId, customer, normalized);
    try {
      orders.saveAndFlush(order);
    } catch (DataIntegrityViolationException e) {
      throw duplicate(normalized.poNumber());
    }
    audit.record(order.id(), buyerId, AuditType.SUBMITTED, "Submitted " + order.displayName() + ", total "
        + order.total().toPlainString() + " " + order.currency());
    events.publishEvent(new PurchaseOrderSubmitted(order.id(), customer.id(), order.poNumber(), buyerId,
        order.total(), order.currency()));
    return order;
  }

  private PurchaseOrder newOrder(String buyerId, Customer customer, SubmitPurchaseOrder request) {
    int fractionDigits = Math.max(0, Currency.getInstance(request.currency()).getDefaultFractionDigits());
    List<PurchaseOrderLine> lines = request.lines().stream()
        .map(line -> new PurchaseOrderLine(line.sku(), line.description(), line.quantity(), line.unitPrice(),
            line.quantity().multiply(line.unitPrice()).setScale(fractionDigits, RoundingMode.HALF_UP)))
        .toList();
    BigDecimal total = lines.stream().map(PurchaseOrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    SubmitPurchaseOrder.Address a = request.shipTo();
    ShipTo shipTo = a == null ? null : new ShipTo(a.name(), a.street(), a.city(), a.postalCode(), a.country());
    Instant now = Instant.now(clock);
    return new PurchaseOrder(customer.id(), request.poNumber(), request.currency(), lines, total, shipTo,
        request.notes(), buyerId, now);
  }

  private static SubmitPurchaseOrder normalize(SubmitPurchaseOrder request) {
    String poNumber = request.poNumber() == null || request.poNumber().isBlank() ? null : request.poNumber().strip();
    String currency = request.currency() == null ? null : request.currency().strip().toUpperCase(java.util.Locale.ROOT);
    return new SubmitPurchaseOrder(poNumber, currency, request.lines(), request.shipTo(), request.notes());
  }

  private static ConflictException duplicate(String poNumber) {
    return new ConflictException("PO number " + poNumber + " was already submitted by your company; "
        + "use a new PO number or open the existing order");
  }
}
