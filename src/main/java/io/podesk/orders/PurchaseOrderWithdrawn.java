package io.podesk.orders;

import io.podesk.shared.Actor;
import java.util.UUID;

/** The order was cancelled (by its buyer, or in the ERP); its process must end wherever it stands. */
public record PurchaseOrderWithdrawn(UUID purchaseOrderId, Actor cancelledBy) {}
