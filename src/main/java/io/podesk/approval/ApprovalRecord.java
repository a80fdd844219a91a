package io.podesk.approval;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One decision in an approval chain: who, in which group, approved or rejected, why, and when. */
@Entity
@Immutable
@Table(name = "approval_records")
class ApprovalRecord extends AssignedIdEntity<UUID> {


  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(name = "chain_id", nullable = false)
  private String chainId;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  @Column(name = "approver_group")
  private String approverGroup;

  @Column(nullable = false)
  private String approver;

  @Column(nullable = false)
  private String decision;

  private String reason;

  @Column(name = "delegated_by")
  private String delegatedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ApprovalRecord() {}

  ApprovalRecord(UUID purchaseOrderId, String chainId, String taskId, String approverGroup, String approver,
      boolean approved, String reason, String delegatedBy, Instant decidedAt) {
    this.delegatedBy = delegatedBy;
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.chainId = chainId;
    this.taskId = taskId;
    this.approverGroup = approverGroup;
    this.approver = approver;
    this.decision = approved ? "APPROVED" : "REJECTED";
    this.reason = reason;
    this.decidedAt = decidedAt;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  String taskId() {
    return taskId;
  }

  public String chainId() {
    return chainId;
  }

  public String approverGroup() {
    return approverGroup;
  }

  public String approver() {
    return approver;
  }

  public boolean approved() {
    return "APPROVED".equals(decision);
  }

  public String reason() {
    return reason;
  }

  /** Who handed the task to the approver, if someone did. */
  public String delegatedBy() {
    return delegatedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
