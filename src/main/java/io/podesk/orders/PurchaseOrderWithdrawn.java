package io.podesk.orders;

import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;

/** The order was cancelled (by its buyer, or in the ERP); its process must end wherever it stands. */
public record PurchaseOrderWithdrawn(PurchaseOrderId purchaseOrderId, Actor cancelledBy) {}
