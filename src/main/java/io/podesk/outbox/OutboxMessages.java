package io.podesk.outbox;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

  @Query("select m.id from OutboxMessage m where type(m) = :channel and m.status = 'PENDING'"
      + " and m.nextAttemptAt <= :now order by m.createdAt")
  List<UUID> due(Class<? extends OutboxMessage> channel, Instant now, Pageable page);

  /** Locks the row so that, with several nodes, only one of them sends a given message. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from OutboxMessage m where m.id = :id")
  Optional<OutboxMessage> lockById(UUID id);

  @Query("select m from OutboxMessage m where (:channel is null or m.channel = :channel)"
      + " and (:status is null or m.status = :status) order by m.createdAt desc")
  List<OutboxMessage> list(String channel, OutboxMessage.Status status, Pageable page);
}
