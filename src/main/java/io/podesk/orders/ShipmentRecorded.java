package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.util.UUID;

/** Goods of an order shipped; a process waiting for shipments goes on. */
public record ShipmentRecorded(PurchaseOrderId purchaseOrderId, UUID shipmentId, boolean fullyShipped) {}
