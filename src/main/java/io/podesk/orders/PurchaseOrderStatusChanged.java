package io.podesk.orders;

import java.util.UUID;

/** The order moved to a new status, for the reason given (rejection reason, cancellation cause), if any. */
public record PurchaseOrderStatusChanged(UUID purchaseOrderId, String customerId, String poNumber, String submittedBy,
    PurchaseOrderStatus from, PurchaseOrderStatus to, String reason) {}
