package io.podesk.approval;

/**
 * A decision someone wants to record on an approval task, with the slot the server bound that task to. Who
 * submitted the order and its total come from the order itself ({@link ApprovalSubjects}), never from the client.
 *
 * @param slot the task's slot: order, step, group and side come from it, never from the client
 * @param delegatedBy who handed the task to the approver, or null
 */
public record ApprovalDecision(BoundSlot slot, String approver, boolean approved, String reason,
    String delegatedBy) {}
