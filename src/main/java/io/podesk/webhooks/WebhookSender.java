package io.podesk.webhooks;

import io.podesk.outbox.ChannelSender;
import io.podesk.outbox.DeliveryFailed;
import io.podesk.shared.Signatures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The webhook channel of the outbox: POSTs a delivery to its subscriber, after checking the address again. Signed
 * like every PO Desk webhook: {@code X-PoDesk-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + body>}.
 */
@Component
class WebhookSender implements ChannelSender<WebhookDelivery> {

  private final WebhookSubscriptions subscriptions;
  private final WebhookProperties properties;
  private final Clock clock;
  private final WebhookTargets targets;
  private final HttpClient http;

  WebhookSender(WebhookSubscriptions subscriptions, WebhookProperties properties, Clock clock,
      WebhookTargets targets) {
    this.targets = targets;
    this.subscriptions = subscriptions;
    this.properties = properties;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
  }

  @Override
  public Class<WebhookDelivery> messageType() {
    return WebhookDelivery.class;
  }

  @Override
  public void send(WebhookDelivery delivery) throws DeliveryFailed, InterruptedException {
    delivery.answered(null);
    // the subscription's rows delete their deliveries with them (on delete cascade), so it is there
    WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId())
        .orElseThrow(() -> new DeliveryFailed("subscription " + delivery.subscriptionId() + " no longer exists"));
    URI url = URI.create(subscription.url());
    var refusal = targets.refusal(url);
    if (refusal.isPresent()) {
      throw new DeliveryFailed("not sent: " + refusal.get());
    }
    String timestamp = String.valueOf(Instant.now(clock).getEpochSecond());
    HttpResponse<InputStream> response;
    try {
      // the status is all that counts: the body is closed unread, so a server that never ends it cannot hold us
      response = http.send(HttpRequest.newBuilder(url)
          .timeout(properties.readTimeout())
          .header("Content-Type", "application/json")
          .header("X-PoDesk-Event", delivery.eventType())
          .header("X-PoDesk-Delivery", delivery.id().toString())
          .header("X-PoDesk-Timestamp", timestamp)
          .header("X-PoDesk-Signature", Signatures.sign(subscription.secret(), timestamp, delivery.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
    } catch (IOException e) {
      throw new DeliveryFailed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    delivery.answered(response.statusCode());
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryFailed("HTTP " + response.statusCode());
    }
  }
}
