package io.podesk.approval;

import java.util.List;
import java.util.UUID;

/** An approval task is still waiting: its approvers get a reminder. */
public record ApprovalReminderDue(UUID purchaseOrderId, String poNumber, List<String> recipients, String groups) {}
