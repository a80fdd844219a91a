package io.podesk.approval;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A decision someone wants to record on a task of an approval chain.
 *
 * @param chainId the approval chain (one per approval round of an order)
 * @param total the order's total in the base currency (null without a rate), checked against authority limits
 * @param delegatedBy who handed the task to the approver, or null
 * @param buyerSide a decision of the buyer's own company (its approvers have no seller authority limit)
 */
public record ApprovalDecision(UUID purchaseOrderId, String chainId, String taskId, String approverGroup,
    String approver, String submittedBy, BigDecimal total, boolean approved, String reason, boolean buyerSide, String delegatedBy) {}
