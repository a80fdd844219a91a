package io.podesk.orders;

import io.podesk.shared.CompanyId;
import io.podesk.shared.PurchaseOrderId;

/** The order moved to a new status, for the reason given (rejection reason, cancellation cause), if any. */
public record PurchaseOrderStatusChanged(PurchaseOrderId purchaseOrderId, CompanyId customerId, String poNumber,
    String submittedBy, PurchaseOrderStatus from, PurchaseOrderStatus to, String reason) {}
