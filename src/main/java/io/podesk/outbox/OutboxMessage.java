package io.podesk.outbox;

import io.podesk.shared.AssignedIdEntity;
import io.podesk.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message in the outbox, whatever its channel: where it stands, its attempts and when it is due. A channel
 * subclasses it with its payload (one table, {@code outbox_messages}, its {@code channel} column naming the subclass).
 */
@Entity
@Table(name = "outbox_messages")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "channel", length = 16)
public abstract class OutboxMessage extends AssignedIdEntity<UUID> {

  /** Where a message stands: FAILED is the dead letter, given up on until an operator retries it. */
  public enum Status { PENDING, SENT, FAILED }

  @Column(insertable = false, updatable = false)
  private String channel;

  @Column(name = "purchase_order_id")
  private UUID purchaseOrderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  protected OutboxMessage(UUID id, UUID purchaseOrderId, Instant now) {
    this.id = id;
    this.purchaseOrderId = purchaseOrderId;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** An attempt that went out. */
  public void sent(Instant now) {
    this.status = Status.SENT;
    this.attempts++;
    this.sentAt = now;
    this.lastError = null;
  }

  /** A failed attempt: due again after the back-off, or given up on (FAILED, visible to operations) at its limit. */
  public void failed(String error, Instant now, BackOff backOff) {
    this.attempts++;
    this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (backOff.exhausted(attempts)) {
      this.status = Status.FAILED;
    } else {
      this.nextAttemptAt = now.plus(backOff.delayAfter(attempts));
    }
  }

  /** An operator's retry of a message given up on: one more attempt, now. */
  void retry(Instant now) {
    if (status != Status.FAILED) {
      throw new ConflictException("Only a FAILED message can be retried; this one is " + status);
    }
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
  }

  public UUID id() {
    return id;
  }

  /** The channel as stored ({@code MAIL}, {@code WEBHOOK}); read from the database, so null before it is loaded. */
  public String channel() {
    return channel;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
