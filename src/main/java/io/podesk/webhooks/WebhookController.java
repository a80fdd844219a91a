package io.podesk.webhooks;

import io.podesk.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/webhooks")
@Tag(name = "Admin: outbound webhooks")
class WebhookController {

  private final Webhooks webhooks;

  WebhookController(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  record Subscribe(String url, String secret, Set<String> events) {}

  record SubscriptionView(UUID id, String url, Set<String> events, Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s) {
      return new SubscriptionView(s.id(), s.url(), s.events(), s.createdAt());
    }
  }

  record DeliveryView(UUID id, String event, UUID purchaseOrderId, String status, int attempts, Integer lastStatus,
      String lastError, Instant createdAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
      return new DeliveryView(d.id(), d.eventType(), d.purchaseOrderId(), d.logStatus(), d.attempts(),
          d.lastStatus(), d.lastError(), d.createdAt(), d.sentAt());
    }
  }

  @PostMapping
  @Operation(summary = "Subscribe a URL to order events (po.submitted, po.approved, po.rejected, ...)")
  ResponseEntity<SubscriptionView> subscribe(@RequestBody Subscribe request) {
    if (request == null) {
      throw new InvalidInputException("body", "the request body must be a subscription in JSON");
    }
    var subscription = webhooks.subscribe(request.url(), request.secret(), request.events());
    return ResponseEntity.created(URI.create("/api/admin/webhooks/" + subscription.id()))
        .body(SubscriptionView.of(subscription));
  }

  @GetMapping
  List<SubscriptionView> subscriptions() {
    return webhooks.all().stream().map(SubscriptionView::of).toList();
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
    webhooks.unsubscribe(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/deliveries")
  @Operation(summary = "The delivery log of a subscription, newest first")
  List<DeliveryView> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
    return webhooks.deliveriesOf(id, limit).stream().map(DeliveryView::of).toList();
  }
}
