package io.podesk.orders;

import java.util.UUID;

/** The required PO document is still missing and the buyer should be reminded. */
public record DocumentReminderDue(UUID purchaseOrderId, String customerId, String poNumber, String submittedBy) {}
