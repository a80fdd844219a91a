package io.podesk.orders;

import io.podesk.shared.CompanyId;
import io.podesk.shared.PurchaseOrderId;

/** The required PO document is still missing and the buyer should be reminded. */
public record DocumentReminderDue(PurchaseOrderId purchaseOrderId, CompanyId customerId, String poNumber,
    String submittedBy) {}
