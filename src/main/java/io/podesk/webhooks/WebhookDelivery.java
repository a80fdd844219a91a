package io.podesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscriber: written with the change it reports, delivered with retries, logged. */
@Entity
@Table(name = "webhook_deliveries")
class WebhookDelivery extends io.podesk.shared.AssignedIdEntity {

  enum Status { PENDING, DELIVERED, FAILED }


  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "purchase_order_id")
  private UUID purchaseOrderId;

  @Column(nullable = false)
  private String payload;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookDelivery() {}

  WebhookDelivery(UUID id, UUID subscriptionId, String eventType, UUID purchaseOrderId, String payload, Instant now) {
    this.id = id;
    this.subscriptionId = subscriptionId;
    this.eventType = eventType;
    this.purchaseOrderId = purchaseOrderId;
    this.payload = payload;
    this.status = Status.PENDING.name();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void delivered(int httpStatus, Instant now) {
    this.attempts++;
    this.lastStatus = httpStatus;
    this.lastError = null;
    this.status = Status.DELIVERED.name();
    this.deliveredAt = now;
  }

  /** A failed attempt backs off exponentially from {@code base}; at the limit the delivery stays FAILED. */
  void failed(Integer httpStatus, String error, Instant now, Duration base, int maxAttempts) {
    this.attempts++;
    this.lastStatus = httpStatus;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      this.status = Status.FAILED.name();
    } else {
      this.nextAttemptAt = now.plus(base.multipliedBy(1L << Math.min(attempts - 1, 12)));
    }
  }

  UUID id() {
    return id;
  }

  UUID subscriptionId() {
    return subscriptionId;
  }

  String eventType() {
    return eventType;
  }

  UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  String payload() {
    return payload;
  }

  Status status() {
    return Status.valueOf(status);
  }

  int attempts() {
    return attempts;
  }

  Integer lastStatus() {
    return lastStatus;
  }

  String lastError() {
    return lastError;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant deliveredAt() {
    return deliveredAt;
  }
}
