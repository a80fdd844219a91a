package io.podesk.approval;

import java.util.UUID;

/**
 * A plan slot and the approval task bound to it: the server-side answer to "which order, which step, which group
 * and side does this task decide".
 *
 * @param planId the plan (the id of the process instance that planned it)
 * @param stepIndex the step's position in the plan (0 first)
 * @param chainId the approval chain (process instance) the task belongs to
 */
public record BoundSlot(UUID purchaseOrderId, int revision, String planId, int stepIndex, ApprovalPlan.Step step,
    int slotIndex, ApprovalPlan.Slot slot, String taskId, String chainId) {

  public boolean buyerSide() {
    return slot.side() == ApprovalPlan.Side.BUYER;
  }
}
