package io.podesk.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Append and read only: the trail has no update or delete. */
interface AuditEvents extends Repository<AuditEvent, UUID> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> findByPurchaseOrderIdOrderByOccurredAtAscIdAsc(UUID purchaseOrderId);
}
