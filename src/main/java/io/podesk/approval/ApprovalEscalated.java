package io.podesk.approval;

import java.util.List;
import java.util.UUID;

/** An approval task went to a backup group (SLA passed, or its approver lacked authority). */
public record ApprovalEscalated(UUID purchaseOrderId, String poNumber, List<ApprovalRequested.Recipient> recipients, String toGroup,
    String why) {}
