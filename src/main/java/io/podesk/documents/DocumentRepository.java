package io.podesk.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

  List<Document> findByPurchaseOrderIdAndRemovedAtIsNullOrderByUploadedAt(UUID purchaseOrderId);

  List<Document> findByPurchaseOrderIdOrderByUploadedAt(UUID purchaseOrderId);
}
