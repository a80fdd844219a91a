package io.podesk.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import io.podesk.shared.Signatures;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, each in its own transaction with its row locked (one node sends it). Signed like every
 * PO Desk webhook: {@code X-PoDesk-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + body>}.
 */
@Component
class WebhookSender {

  private final WebhookDeliveries deliveries;
  private final WebhookSubscriptions subscriptions;
  private final WebhookProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final WebhookTargets targets;
  private final HttpClient http;

  WebhookSender(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, WebhookProperties properties,
      TransactionTemplate transactions, Clock clock, WebhookTargets targets) {
    this.targets = targets;
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
  }

  @Scheduled(fixedDelayString = "${podesk.webhooks.poll-interval:2s}")
  void sendDue() {
    deliveries.due(Instant.now(clock), PageRequest.of(0, 50))
        .forEach(delivery -> transactions.executeWithoutResult(status -> send(delivery.id())));
  }

  private void send(java.util.UUID id) {
    WebhookDelivery delivery = deliveries.lockById(id).orElse(null);
    if (delivery == null || delivery.status() != WebhookDelivery.Status.PENDING) {
      return;
    }
    WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId()).orElse(null);
    if (subscription == null) {
      return;
    }
    URI url = URI.create(subscription.url());
    var refusal = targets.refusal(url);
    if (refusal.isPresent()) {
      delivery.failed(null, "not sent: " + refusal.get(), Instant.now(clock), properties.retryBase(),
          properties.maxAttempts());
      deliveries.save(delivery);
      return;
    }
    String timestamp = String.valueOf(Instant.now(clock).getEpochSecond());
    try {
      // the status is all that counts: the body is closed unread, so a server that never ends it cannot hold us
      HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(url)
          .timeout(properties.readTimeout())
          .header("Content-Type", "application/json")
          .header("X-PoDesk-Event", delivery.eventType())
          .header("X-PoDesk-Delivery", delivery.id().toString())
          .header("X-PoDesk-Timestamp", timestamp)
          .header("X-PoDesk-Signature", Signatures.sign(subscription.secret(), timestamp, delivery.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      if (response.statusCode() / 100 == 2) {
        delivery.delivered(response.statusCode(), Instant.now(clock));
      } else {
        delivery.failed(response.statusCode(), "HTTP " + response.statusCode(), Instant.now(clock),
            properties.retryBase(), properties.maxAttempts());
      }
    } catch (IOException e) {
      delivery.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          Instant.now(clock), properties.retryBase(), properties.maxAttempts());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    deliveries.save(delivery);
  }

}
