package io.podesk.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * One approval decision as reports read it.
 *
 * @param approverGroup the group the task was for; null for decisions recorded before groups were
 */
public record DecidedApproval(String taskId, String approverGroup, boolean approved, Instant decidedAt,
    UUID purchaseOrderId) {

  DecidedApproval(String taskId, String approverGroup, String decision, Instant decidedAt, UUID purchaseOrderId) {
    this(taskId, approverGroup, "APPROVED".equals(decision), decidedAt, purchaseOrderId);
  }
}
