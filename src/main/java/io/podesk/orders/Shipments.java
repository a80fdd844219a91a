package io.podesk.orders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Shipments of all orders. */
interface Shipments extends JpaRepository<Shipment, UUID> {

  List<Shipment> findByPurchaseOrderIdOrderByShippedAt(UUID purchaseOrderId);
}
