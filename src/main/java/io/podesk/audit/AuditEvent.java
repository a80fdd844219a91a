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

  @Column(name = "subject_kind")
  private String subjectKind;

  @Column(name = "subject_id")
  private String subjectId;

  @Column(name = "before_state")
  private String beforeState;

  @Column(name = "after_state")
  private String afterState;

  protected AuditEvent() {}

  /** A change to master data: a company, a person, a limit, with its state before and after as JSON. */
  AuditEvent(AuditSubject subject, Instant occurredAt, String actor, String type, String detail, String before,
      String after) {
    this(null, occurredAt, actor, type, detail);
    this.subjectKind = subject.kind().name();
    this.subjectId = subject.id();
    this.beforeState = before;
    this.afterState = after;
  }

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

  String beforeState() {
    return beforeState;
  }

  String afterState() {
    return afterState;
  }

  AuditSubject subject() {
    return subjectKind == null ? null : new AuditSubject(AuditSubject.Kind.valueOf(subjectKind), subjectId);
  }
}
