package io.podesk.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * One approval decision as others read it: the record's values, not the record.
 *
 * @param approverGroup the group the task was for; null for decisions recorded before groups were
 * @param reason why, for a rejection; may be null for an approval
 * @param delegatedBy who handed the task to the approver, or null
 */
public record DecidedApproval(UUID purchaseOrderId, String taskId, String approverGroup, String approver,
    boolean approved, String reason, String delegatedBy, Instant decidedAt) {

  DecidedApproval(UUID purchaseOrderId, String taskId, String approverGroup, String approver, String decision,
      String reason, String delegatedBy, Instant decidedAt) {
    this(purchaseOrderId, taskId, approverGroup, approver, "APPROVED".equals(decision), reason, delegatedBy,
        decidedAt);
  }

  static DecidedApproval of(ApprovalRecord record) {
    return new DecidedApproval(record.purchaseOrderId(), record.taskId(), record.approverGroup(), record.approver(),
        record.approved(), record.reason(), record.delegatedBy(), record.decidedAt());
  }
}
