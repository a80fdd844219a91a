package io.podesk.webhooks;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveries extends JpaRepository<WebhookDelivery, UUID> {

  @Query("select d from WebhookDelivery d where d.status = 'PENDING' and d.nextAttemptAt <= :now order by d.createdAt")
  List<WebhookDelivery> due(Instant now, Pageable page);

  /** Locks the row so that, with several nodes, only one of them sends a given delivery. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from WebhookDelivery d where d.id = :id")
  Optional<WebhookDelivery> lockById(UUID id);

  List<WebhookDelivery> findBySubscriptionIdOrderByCreatedAtDesc(UUID subscriptionId, Pageable page);
}
