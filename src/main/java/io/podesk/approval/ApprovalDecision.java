package io.podesk.approval;

import io.podesk.shared.Money;

/**
 * A decision someone wants to record on an approval task, with the slot the server bound that task to.
 *
 * @param slot the task's slot: order, step, group and side come from it, never from the client
 * @param total the order's total in the base currency (null without a rate), checked against authority limits
 * @param delegatedBy who handed the task to the approver, or null
 */
public record ApprovalDecision(BoundSlot slot, String approver, String submittedBy, Money total,
    boolean approved, String reason, String delegatedBy) {}
