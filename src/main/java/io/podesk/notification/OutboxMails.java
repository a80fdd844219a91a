package io.podesk.notification;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxMails extends JpaRepository<OutboxMail, UUID> {

  List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAt(OutboxMail.Status status, Instant now,
      Pageable page);

  /** Locks the row so that, with several nodes, only one of them sends a given mail. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from OutboxMail m where m.id = :id")
  Optional<OutboxMail> lockById(UUID id);

  List<OutboxMail> findByPurchaseOrderIdOrderByCreatedAt(UUID purchaseOrderId);

  List<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable page);
}
