package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.orders.PurchaseOrder;
import io.podesk.orders.PurchaseOrderIntake;
import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrders;
import io.podesk.orders.SubmitPurchaseOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an authenticated ERP event, once per event id. Every event is kept with its outcome: applied, unmatched
 * (no such order: reported at /api/admin/erp-events, never dropped) or refused (with the reason).
 */
@Service
class InboundErpEventService {

  private static final Logger log = LoggerFactory.getLogger(InboundErpEventService.class);

  private final InboundErpEvents events;
  private final PurchaseOrders orders;
  private final PurchaseOrderLifecycle lifecycle;
  private final PurchaseOrderIntake intake;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher publisher;
  private final io.podesk.invoicing.Invoicing invoicing;
  private final BigDecimal totalTolerance;

  InboundErpEventService(InboundErpEvents events, PurchaseOrders orders, PurchaseOrderLifecycle lifecycle,
      PurchaseOrderIntake intake, Clock clock, org.springframework.context.ApplicationEventPublisher publisher,
      io.podesk.invoicing.Invoicing invoicing,
      @org.springframework.beans.factory.annotation.Value("${podesk.erp.total-tolerance:0.01}")
      BigDecimal totalTolerance) {
    this.invoicing = invoicing;
    this.totalTolerance = totalTolerance;
    this.publisher = publisher;
    this.events = events;
    this.orders = orders;
    this.lifecycle = lifecycle;
    this.intake = intake;
    this.clock = clock;
  }

  /** The event's outcome; an event id seen before returns the first outcome and changes nothing. */
  record Outcome(String eventId, InboundErpEvent.Status status, UUID purchaseOrderId, String detail,
      boolean duplicate) {}

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Outcome receive(JsonNode event, String payload) {
    String id = required(event, "id");
    String type = ErpEventJson.required(event, "type", ErpEventJson.MAX_TYPE);
    String company = ErpEventJson.required(event, "company", ErpEventJson.MAX_COMPANY);
    String poNumber = ErpEventJson.optional(event, "poNumber", ErpEventJson.MAX_PO_NUMBER);
    Optional<InboundErpEvent> seen = events.findById(id);
    if (seen.isPresent()) {
      InboundErpEvent earlier = seen.get();
      return new Outcome(id, earlier.status(), earlier.purchaseOrderId(), earlier.detail(), true);
    }
    InboundErpEvent record = events.saveAndFlush(new InboundErpEvent(id, type, company, poNumber, payload,
        Instant.now(clock)));
    apply(record, event, type, company, poNumber);
    return new Outcome(id, record.status(), record.purchaseOrderId(), record.detail(), false);
  }

  private void apply(InboundErpEvent record, JsonNode event, String type, String company, String poNumber) {
    if ("order.created".equals(type)) {
      PurchaseOrder order = intake.recordOfflineOrder(company, offlineOrder(event, poNumber),
          required(event, "erpReference"));
      record.outcome(InboundErpEvent.Status.APPLIED, order.id(), "Offline order recorded");
      return;
    }
    if ("payment".equals(type)) {
      applyPayment(record, event, company);
      return;
    }
    if (!List.of("order.confirmed", "order.cancelled", "shipment", "order.changed").contains(type)) {
      record.outcome(InboundErpEvent.Status.REFUSED, null, "Events of type " + type + " are not handled yet");
      return;
    }
    Optional<PurchaseOrder> order = poNumber == null ? Optional.empty()
        : orders.findByCustomerIdAndPoNumber(company, poNumber);
    if (order.isEmpty()) {
      log.warn("ERP event {} ({}) names no known order: company {}, PO {}", record.id(), type, company, poNumber);
      record.outcome(InboundErpEvent.Status.UNMATCHED, null, "No order " + poNumber + " of " + company);
      return;
    }
    UUID orderId = order.get().id();
    if ("order.confirmed".equals(type)) {
      lifecycle.confirmInErp(orderId, required(event, "erpReference"));
      BigDecimal erpTotal = decimal(event, "total");
      boolean differs = erpTotal != null && lifecycle.compareErpTotal(orderId, erpTotal, totalTolerance);
      record.outcome(InboundErpEvent.Status.APPLIED, orderId, "Confirmed by the ERP"
          + (differs ? "; its total " + erpTotal.toPlainString() + " differs: finance reviews it" : ""));
    } else if ("order.changed".equals(type)) {
      SubmitPurchaseOrder change = offlineOrder(event, poNumber);
      intake.recordErpChange(orderId, change);
      record.outcome(InboundErpEvent.Status.APPLIED, orderId, "Changed in the ERP");
    } else if ("shipment".equals(type)) {
      List<io.podesk.orders.Shipment.Line> lines = ErpEventJson.shipmentLines(event);
      String trackingNumber = ErpEventJson.optional(event, "trackingNumber", ErpEventJson.MAX_TEXT);
      lifecycle.recordShipment(orderId, record.id(), trackingNumber, lines);
      record.outcome(InboundErpEvent.Status.APPLIED, orderId, "Shipment recorded");
    } else {
      String reason = ErpEventJson.optional(event, "reason", ErpEventJson.MAX_REASON);
      lifecycle.cancelInErp(orderId, "Cancelled in the ERP" + (reason == null ? "" : ": " + reason));
      record.outcome(InboundErpEvent.Status.APPLIED, orderId, "Cancelled by the ERP");
    }
  }

  private void applyPayment(InboundErpEvent record, JsonNode event, String company) {
    String invoiceNumber = required(event, "invoiceNumber");
    BigDecimal amount = ErpEventJson.amount(event);
    var invoice = invoicing.findByNumber(invoiceNumber)
        .filter(found -> orders.findById(found.purchaseOrderId()).map(o -> o.customerId().equals(company))
            .orElse(false));
    if (invoice.isEmpty()) {
      log.warn("ERP payment {} names no known invoice {} of {}", record.id(), invoiceNumber, company);
      record.outcome(InboundErpEvent.Status.UNMATCHED, null, "No invoice " + invoiceNumber + " of " + company);
      return;
    }
    UUID orderId = invoice.get().purchaseOrderId();
    invoicing.recordPayment(orderId, invoiceNumber, amount, "erp");
    record.outcome(InboundErpEvent.Status.APPLIED, orderId, "Payment of " + amount.toPlainString() + " on "
        + invoiceNumber);
  }

  /** Records a refusal of the domain (e.g. cancelling a shipped order) in a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Outcome refused(JsonNode event, String payload, String reason) {
    InboundErpEvent record = events.findById(required(event, "id")).orElseGet(() -> new InboundErpEvent(
        required(event, "id"), required(event, "type"), required(event, "company"), text(event, "poNumber"), payload,
        Instant.now(clock)));
    record.outcome(InboundErpEvent.Status.REFUSED, null, reason);
    events.save(record);
    UUID orderId = record.poNumber() == null ? null
        : orders.findByCustomerIdAndPoNumber(record.company(), record.poNumber()).map(PurchaseOrder::id).orElse(null);
    publisher.publishEvent(new ErpEventRefused(record.id(), record.type(), record.company(), record.poNumber(),
        orderId, reason));
    return new Outcome(record.id(), InboundErpEvent.Status.REFUSED, null, reason, false);
  }

  @Transactional(readOnly = true)
  public List<InboundErpEvent> recent(InboundErpEvent.Status status, int limit) {
    var page = org.springframework.data.domain.PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
    return status == null ? events.findAllByOrderByReceivedAtDesc(page)
        : events.findByStatusOrderByReceivedAtDesc(status.name(), page);
  }

  private static SubmitPurchaseOrder offlineOrder(JsonNode event, String poNumber) {
    return ErpEventJson.order(event, poNumber);
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    return ErpEventJson.decimal(node, field);
  }

  private static String required(JsonNode event, String field) {
    return ErpEventJson.required(event, field);
  }

  private static String text(JsonNode node, String field) {
    return ErpEventJson.text(node, field);
  }
}
