package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shipment the order recorded, as other modules read it (invoicing bills each once). */
public record RecordedShipment(UUID id, PurchaseOrderId purchaseOrderId, String trackingNumber, Instant shippedAt,
    List<Shipment.Line> lines) {

  public RecordedShipment {
    lines = List.copyOf(lines);
  }

  static RecordedShipment of(Shipment shipment) {
    return new RecordedShipment(shipment.id(), PurchaseOrderId.of(shipment.purchaseOrderId()),
        shipment.trackingNumber(), shipment.shippedAt(), shipment.lines());
  }
}
