package io.podesk.orders;

import java.util.UUID;

/** The order was cancelled (by its buyer, or in the ERP); its process must end wherever it stands. */
public record PurchaseOrderWithdrawn(UUID purchaseOrderId, String cancelledBy) {}
