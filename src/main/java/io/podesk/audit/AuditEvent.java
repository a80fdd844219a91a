package io.podesk.audit;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only trail; never updated, never deleted. */
@Entity
@Immutable
@Table(name = "audit_events")
class AuditEvent extends AssignedIdEntity<UUID> {


  @Column(name = "purchase_order_id")
  private UUID purchaseOrderId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String type;

  private String detail;

  protected AuditEvent() {}

  AuditEvent(UUID purchaseOrderId, Instant occurredAt, String actor, String type, String detail) {
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.type = type;
    this.detail = detail;
  }

  public UUID id() {
    return id;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String type() {
    return type;
  }

  public String detail() {
    return detail;
  }
}
