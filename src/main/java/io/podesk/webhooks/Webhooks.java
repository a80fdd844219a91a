package io.podesk.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.invoicing.InvoiceIssued;
import io.podesk.invoicing.PaymentRecorded;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderStatusChanged;
import io.podesk.orders.PurchaseOrderSubmitted;
import io.podesk.outbox.Outbox;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and the events they receive. Order events reach here through the event publication registry, and
 * each becomes one delivery per interested subscriber, written to the outbox before anything is sent: nothing is lost.
 */
@Service
class Webhooks {

  /** The event types a subscriber can ask for. */
  static final Set<String> EVENT_TYPES = Set.of("po.submitted", "po.approved", "po.rejected", "po.invoiced",
      "po.paid");

  private final WebhookSubscriptions subscriptions;
  private final WebhookDeliveries deliveries;
  private final PurchaseOrderCommands orders;
  private final ObjectMapper json;
  private final Clock clock;
  private final WebhookTargets targets;
  private final Outbox outbox;

  Webhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, PurchaseOrderCommands orders,
      ObjectMapper json, Clock clock, WebhookTargets targets, Outbox outbox) {
    this.targets = targets;
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.orders = orders;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public WebhookSubscription subscribe(String url, String secret, Set<String> events) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("url", "url must be an absolute http(s) URL");
    }
    if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
      throw new InvalidInputException("url", "url must be an absolute http(s) URL");
    }
    targets.refusal(uri).ifPresent(refusal -> {
      throw new InvalidInputException("url", refusal);
    });
    if (secret == null || secret.length() < 16 || secret.length() > 200) {
      throw new InvalidInputException("secret", "secret must be 16 to 200 characters; it signs every delivery");
    }
    if (events == null || events.isEmpty() || !EVENT_TYPES.containsAll(events)) {
      throw new InvalidInputException("events", "events must be some of " + new TreeSet<>(EVENT_TYPES));
    }
    return subscriptions.save(new WebhookSubscription(uri.toString(), secret, events, Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  public List<WebhookSubscription> all() {
    return subscriptions.findAll();
  }

  @Transactional
  public void unsubscribe(UUID id) {
    if (!subscriptions.existsById(id)) {
      throw new NotFoundException("No webhook subscription " + id);
    }
    subscriptions.deleteById(id);
  }

  @Transactional(readOnly = true)
  public List<WebhookDelivery> deliveriesOf(UUID subscriptionId, int limit) {
    if (!subscriptions.existsById(subscriptionId)) {
      throw new NotFoundException("No webhook subscription " + subscriptionId);
    }
    return deliveries.findBySubscriptionIdOrderByCreatedAtDesc(subscriptionId,
        PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
  }

  @ApplicationModuleListener(condition = "@webhookInterest.wanted('po.submitted')")
  void on(PurchaseOrderSubmitted event) {
    enqueue("po.submitted", event.purchaseOrderId());
  }

  @ApplicationModuleListener(condition = "(#event.to().name() == 'APPROVED' and @webhookInterest.wanted('po.approved'))"
      + " or (#event.to().name() == 'REJECTED' and @webhookInterest.wanted('po.rejected'))")
  void on(PurchaseOrderStatusChanged event) {
    if (event.to() == PurchaseOrderStatus.APPROVED) {
      enqueue("po.approved", event.purchaseOrderId());
    } else if (event.to() == PurchaseOrderStatus.REJECTED) {
      enqueue("po.rejected", event.purchaseOrderId());
    }
  }

  @ApplicationModuleListener(condition = "@webhookInterest.wanted('po.invoiced')")
  void on(InvoiceIssued event) {
    enqueue("po.invoiced", event.purchaseOrderId());
  }

  @ApplicationModuleListener(condition = "#event.orderPaid() and @webhookInterest.wanted('po.paid')")
  void on(PaymentRecorded event) {
    if (event.orderPaid()) {
      enqueue("po.paid", event.purchaseOrderId());
    }
  }

  private void enqueue(String type, PurchaseOrderId purchaseOrderId) {
    List<WebhookSubscription> interested = subscriptions.findAll().stream().filter(s -> s.wants(type)).toList();
    if (interested.isEmpty()) {
      return;
    }
    PurchaseOrderSnapshot order = orders.get(purchaseOrderId);
    for (WebhookSubscription subscription : interested) {
      UUID deliveryId = UUID.randomUUID();
      outbox.enqueue(new WebhookDelivery(deliveryId, subscription.id(), type, purchaseOrderId.value(),
          payload(deliveryId, type, order), Instant.now(clock)));
    }
  }

  private String payload(UUID deliveryId, String type, PurchaseOrderSnapshot order) {
    Map<String, Object> purchaseOrder = new LinkedHashMap<>();
    purchaseOrder.put("id", order.id());
    purchaseOrder.put("company", order.customerId());
    purchaseOrder.put("poNumber", order.poNumber());
    purchaseOrder.put("revision", order.revision());
    purchaseOrder.put("status", order.status());
    purchaseOrder.put("currency", order.currency());
    purchaseOrder.put("total", order.total().amount());
    purchaseOrder.put("rejectionReason", order.rejectionReason());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", deliveryId);
    body.put("type", type);
    body.put("occurredAt", Instant.now(clock));
    body.put("purchaseOrder", purchaseOrder);
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
