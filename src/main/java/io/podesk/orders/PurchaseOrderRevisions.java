package io.podesk.orders;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseOrderRevisions extends JpaRepository<PurchaseOrderRevision, PurchaseOrderRevision.Key> {

  List<PurchaseOrderRevision> findByKeyPurchaseOrderIdOrderByKeyRevision(UUID purchaseOrderId);
}
