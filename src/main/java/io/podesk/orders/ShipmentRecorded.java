package io.podesk.orders;

import java.util.UUID;

/** Goods of an order shipped; a process waiting for shipments goes on. */
public record ShipmentRecorded(UUID purchaseOrderId, UUID shipmentId, boolean fullyShipped) {}
