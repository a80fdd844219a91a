package io.podesk.webhooks;

import io.podesk.outbox.OutboxMessage;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscriber, in the outbox: written with the change it reports, delivered with retries, logged. */
@Entity
@DiscriminatorValue("WEBHOOK")
class WebhookDelivery extends OutboxMessage {

  @Column(name = "subscription_id")
  private UUID subscriptionId;

  @Column(name = "event_type")
  private String eventType;

  @Column
  private String payload;

  @Column(name = "last_status")
  private Integer lastStatus;

  protected WebhookDelivery() {}

  WebhookDelivery(UUID id, UUID subscriptionId, String eventType, UUID purchaseOrderId, String payload, Instant now) {
    super(id, purchaseOrderId, now);
    this.subscriptionId = subscriptionId;
    this.eventType = eventType;
    this.payload = payload;
  }

  /** The HTTP status the subscriber answered the latest attempt with, or null when it did not answer. */
  void answered(Integer httpStatus) {
    this.lastStatus = httpStatus;
  }

  /** The status the delivery log shows: a sent delivery reads DELIVERED there. */
  String logStatus() {
    return status() == Status.SENT ? "DELIVERED" : status().name();
  }

  UUID subscriptionId() {
    return subscriptionId;
  }

  String eventType() {
    return eventType;
  }

  String payload() {
    return payload;
  }

  Integer lastStatus() {
    return lastStatus;
  }
}
