package io.podesk.invoicing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Invoices extends JpaRepository<Invoice, UUID> {

  List<Invoice> findByPurchaseOrderIdOrderByIssuedAt(UUID purchaseOrderId);

  boolean existsByShipmentId(UUID shipmentId);

  Optional<Invoice> findByNumber(String number);

  List<Invoice> findByPurchaseOrderIdAndErpPushedAtIsNullOrderByIssuedAt(UUID purchaseOrderId);
}
