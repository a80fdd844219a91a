package io.podesk.approval;

import java.util.List;
import java.util.UUID;

/** An approval task is still waiting: its approvers get a reminder, each with a link of their own. */
public record ApprovalReminderDue(UUID purchaseOrderId, String poNumber, List<ApprovalRequested.Recipient> recipients, String groups) {}
