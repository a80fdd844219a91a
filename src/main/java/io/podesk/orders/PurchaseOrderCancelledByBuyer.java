package io.podesk.orders;

import java.util.UUID;

/** The buyer withdrew the order before approval; its process must end wherever it stands. */
public record PurchaseOrderCancelledByBuyer(UUID purchaseOrderId, String cancelledBy) {}
