package io.podesk.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.catalog.CatalogSync;
import io.podesk.catalog.Stock;
import io.podesk.credit.ErpCreditReports;
import io.podesk.customers.CompanySync;
import io.podesk.erp.ErpEvent.CreditUpdated;
import io.podesk.erp.ErpEvent.CustomerUpserted;
import io.podesk.erp.ErpEvent.Header;
import io.podesk.erp.ErpEvent.OrderCancelled;
import io.podesk.erp.ErpEvent.OrderChanged;
import io.podesk.erp.ErpEvent.OrderConfirmed;
import io.podesk.erp.ErpEvent.OrderCreated;
import io.podesk.erp.ErpEvent.PaymentReported;
import io.podesk.erp.ErpEvent.PriceUpdated;
import io.podesk.erp.ErpEvent.ProductUpserted;
import io.podesk.erp.ErpEvent.ShipmentReported;
import io.podesk.erp.ErpEvent.StockUpdated;
import io.podesk.invoicing.Invoicing;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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
  private final PurchaseOrderQueries orders;
  private final PurchaseOrderCommands lifecycle;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;
  private final Invoicing invoicing;
  private final BigDecimal totalTolerance;
  private final CatalogSync catalog;
  private final Stock stock;
  private final CompanySync companies;
  private final ErpCreditReports creditReports;

  InboundErpEventService(InboundErpEvents events, PurchaseOrderQueries orders, PurchaseOrderCommands lifecycle,
      Clock clock, ApplicationEventPublisher publisher, Invoicing invoicing,
      @Value("${podesk.erp.total-tolerance:0.01}") BigDecimal totalTolerance, CatalogSync catalog, Stock stock,
      CompanySync companies, ErpCreditReports creditReports) {
    this.companies = companies;
    this.creditReports = creditReports;
    this.catalog = catalog;
    this.stock = stock;
    this.invoicing = invoicing;
    this.totalTolerance = totalTolerance;
    this.publisher = publisher;
    this.events = events;
    this.orders = orders;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** The event's outcome; an event id seen before returns the first outcome and changes nothing. */
  record Outcome(String eventId, InboundErpEvent.Status status, UUID purchaseOrderId, String detail,
      boolean duplicate) {}

  /** Keeps and applies the event whose header (see {@link ErpEventParser#header}) and body are given. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Outcome receive(Header header, JsonNode body, String payload) {
    Optional<InboundErpEvent> seen = events.findById(header.id());
    if (seen.isPresent()) {
      InboundErpEvent earlier = seen.get();
      return new Outcome(header.id(), earlier.status(), earlier.purchaseOrderId(), earlier.detail(), true);
    }
    InboundErpEvent record = events.saveAndFlush(new InboundErpEvent(header.id(), header.type(), header.company(),
        header.poNumber(), payload, Instant.now(clock)));
    apply(record, header, body);
    return new Outcome(header.id(), record.status(), record.purchaseOrderId(), record.detail(), false);
  }

  private void apply(InboundErpEvent record, Header header, JsonNode body) {
    Optional<ErpEvent.Type> type = ErpEvent.Type.named(header.type());
    if (type.isEmpty()) {
      record.outcome(InboundErpEvent.Status.REFUSED, null, "Events of type " + header.type() + " are not handled yet");
      return;
    }
    if (!type.get().aboutAnOrder()) {
      apply(record, ErpEventParser.read(type.get(), header, body));
      return;
    }
    Optional<PurchaseOrderSnapshot> order = header.poNumber() == null ? Optional.empty()
        : orders.findByPoNumber(CompanyId.of(header.company()), header.poNumber());
    if (order.isEmpty()) {
      unmatched(record, "No order " + header.poNumber() + " of " + header.company());
      return;
    }
    apply(record, ErpEventParser.read(type.get(), header, body), order.get().purchaseOrderId());
  }

  /**
   * Kept as unmatched, to be replayed once what it names exists ({@link #replay}); operations hear of it by mail.
   */
  private void unmatched(InboundErpEvent record, String detail) {
    log.warn("ERP event {} ({}) unmatched: {}", record.id(), record.type(), detail);
    record.outcome(InboundErpEvent.Status.UNMATCHED, null, detail);
    publisher.publishEvent(new ErpEventUnmatched(record.id(), record.type(), record.company(), record.poNumber(),
        detail));
  }

  /** An event that names no existing order. */
  private void apply(InboundErpEvent record, ErpEvent event) {
    if (event instanceof OrderCreated created) {
      recordOfflineOrder(record, created);
    } else if (event instanceof PaymentReported payment) {
      recordPayment(record, payment);
    } else if (event instanceof ProductUpserted product) {
      var result = catalog.applyProduct(product.product(), product.version());
      record.outcome(InboundErpEvent.Status.APPLIED, null, result.detail());
    } else if (event instanceof PriceUpdated price) {
      if (!catalog.knows(price.price().sku())) {
        unmatched(record, "No product with SKU " + price.price().sku() + " in the catalog");
        return;
      }
      var result = catalog.applyPrice(price.price(), price.version());
      record.outcome(InboundErpEvent.Status.APPLIED, null, result.detail());
    } else if (event instanceof CustomerUpserted customer) {
      if (!companies.knows(customer.company().code())) {
        unmatched(record, "No company " + customer.company().code() + "; onboard it in PO Desk first");
        return;
      }
      var result = companies.apply(customer.company(), customer.version());
      record.outcome(InboundErpEvent.Status.APPLIED, null, result.detail());
    } else if (event instanceof CreditUpdated credit) {
      String company = credit.header().company();
      if (!companies.knows(company)) {
        unmatched(record, "No company " + company + "; onboard it in PO Desk first");
        return;
      }
      boolean recorded = creditReports.record(company, credit.exposure(), credit.currency().toUpperCase(Locale.ROOT), credit.version());
      record.outcome(InboundErpEvent.Status.APPLIED, null, recorded ? "Credit exposure of " + company + ": "
          + credit.exposure().toPlainString() + " " + credit.currency() + " at version " + credit.version()
          : "Credit exposure of " + company + ": version " + credit.version() + " is not newer; ignored");
    } else if (event instanceof StockUpdated stockUpdate) {
      if (!catalog.knows(stockUpdate.sku())) {
        unmatched(record, "No product with SKU " + stockUpdate.sku() + " in the catalog");
        return;
      }
      var result = stock.apply(stockUpdate.sku(), stockUpdate.location(), stockUpdate.onHand(),
          stockUpdate.expectedOn(), stockUpdate.version());
      record.outcome(InboundErpEvent.Status.APPLIED, null, result.detail());
    } else {
      throw new IllegalStateException("ERP event " + event.header().type() + " needs an order");
    }
  }

  /** An event about the existing order {@code orderId}. */
  private void apply(InboundErpEvent record, ErpEvent event, PurchaseOrderId orderId) {
    if (event instanceof OrderConfirmed confirmed) {
      confirm(record, confirmed, orderId);
    } else if (event instanceof OrderChanged changed) {
      change(record, changed, orderId);
    } else if (event instanceof ShipmentReported shipment) {
      recordShipment(record, shipment, orderId);
    } else if (event instanceof OrderCancelled cancelled) {
      cancel(record, cancelled, orderId);
    } else {
      throw new IllegalStateException("ERP event " + event.header().type() + " names no existing order");
    }
  }

  private void recordOfflineOrder(InboundErpEvent record, OrderCreated event) {
    PurchaseOrderSnapshot order = lifecycle.recordOfflineOrder(CompanyId.of(event.header().company()), event.order(),
        event.erpReference());
    record.outcome(InboundErpEvent.Status.APPLIED, order.id(), "Offline order recorded");
  }

  private void recordPayment(InboundErpEvent record, PaymentReported event) {
    String company = event.header().company();
    var invoice = invoicing.findByNumber(event.invoiceNumber())
        .filter(found -> orders.find(found.purchaseOrderId()).map(o -> o.customerId().equals(company))
            .orElse(false));
    if (invoice.isEmpty()) {
      unmatched(record, "No invoice " + event.invoiceNumber() + " of " + company);
      return;
    }
    PurchaseOrderId orderId = invoice.get().purchaseOrderId();
    invoicing.recordPayment(orderId, event.invoiceNumber(), event.amount(), Actor.ERP);
    record.outcome(InboundErpEvent.Status.APPLIED, orderId.value(), "Payment of " + event.amount().toPlainString()
        + " on " + event.invoiceNumber());
  }

  private void confirm(InboundErpEvent record, OrderConfirmed event, PurchaseOrderId orderId) {
    lifecycle.confirmInErp(orderId, event.erpReference());
    String differences = lifecycle.compareErpTotals(orderId, new PurchaseOrderCommands.ErpTotals(event.net(),
        event.tax(), event.total()), totalTolerance).orElse(null);
    record.outcome(InboundErpEvent.Status.APPLIED, orderId.value(), "Confirmed by the ERP"
        + (differences != null ? "; its totals differ (" + differences + "): finance reviews them" : ""));
  }

  private void change(InboundErpEvent record, OrderChanged event, PurchaseOrderId orderId) {
    lifecycle.recordErpChange(orderId, event.change());
    record.outcome(InboundErpEvent.Status.APPLIED, orderId.value(), "Changed in the ERP");
  }

  private void recordShipment(InboundErpEvent record, ShipmentReported event, PurchaseOrderId orderId) {
    lifecycle.recordShipment(orderId, event.header().id(), event.trackingNumber(), event.lines());
    record.outcome(InboundErpEvent.Status.APPLIED, orderId.value(), "Shipment recorded");
  }

  private void cancel(InboundErpEvent record, OrderCancelled event, PurchaseOrderId orderId) {
    lifecycle.cancelInErp(orderId, "Cancelled in the ERP" + (event.reason() == null ? "" : ": " + event.reason()));
    record.outcome(InboundErpEvent.Status.APPLIED, orderId.value(), "Cancelled by the ERP");
  }

  /**
   * Applies an unmatched or refused event again from its stored body, once what it named exists; an applied one is
   * not applied twice (409).
   */
  @Transactional
  public Outcome replay(String eventId, ObjectMapper json) {
    InboundErpEvent record = events.findById(eventId)
        .orElseThrow(() -> new NotFoundException("No ERP event " + eventId));
    if (record.status() == InboundErpEvent.Status.APPLIED) {
      throw new ConflictException("ERP event " + eventId + " was applied already; it is not applied twice");
    }
    JsonNode body;
    try {
      body = json.readTree(record.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The stored body of ERP event " + eventId + " is not JSON", e);
    }
    Header header = ErpEventParser.header(body);
    apply(record, header, body);
    return new Outcome(record.id(), record.status(), record.purchaseOrderId(), record.detail(), false);
  }

  /** Records a refusal of the domain (e.g. cancelling a shipped order) in a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Outcome refused(Header header, String payload, String reason) {
    InboundErpEvent record = events.findById(header.id()).orElseGet(() -> new InboundErpEvent(header.id(),
        header.type(), header.company(), header.poNumber(), payload, Instant.now(clock)));
    record.outcome(InboundErpEvent.Status.REFUSED, null, reason);
    events.save(record);
    UUID orderId = record.poNumber() == null ? null
        : orders.findByPoNumber(CompanyId.of(record.company()), record.poNumber()).map(PurchaseOrderSnapshot::id)
            .orElse(null);
    publisher.publishEvent(new ErpEventRefused(record.id(), record.type(), record.company(), record.poNumber(),
        orderId, reason));
    return new Outcome(record.id(), InboundErpEvent.Status.REFUSED, null, reason, false);
  }

  @Transactional(readOnly = true)
  public List<InboundErpEvent> recent(InboundErpEvent.Status status, int limit) {
    var page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
    return status == null ? events.findAllByOrderByReceivedAtDesc(page)
        : events.findByStatusOrderByReceivedAtDesc(status.name(), page);
  }
}
