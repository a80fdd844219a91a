package io.podesk.approval;

import java.util.List;
import java.util.UUID;

/** An order has waited for its approvals longer than the model allows: its sales rep is alerted. */
public record ApprovalStalled(UUID purchaseOrderId, String poNumber, List<String> recipients, String waitingFor) {}
