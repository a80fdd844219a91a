package io.podesk.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Append and read only: the trail has no update or delete. */
interface AuditEvents extends Repository<AuditEvent, UUID> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> findByPurchaseOrderIdOrderByOccurredAtAscIdAsc(UUID purchaseOrderId);

  List<AuditEvent> findBySubjectKindAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectKind, String subjectId,
      Pageable page);

  List<AuditEvent> findBySubjectKindIsNotNullOrderByOccurredAtDescIdDesc(Pageable page);
}
