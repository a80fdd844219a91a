package io.podesk.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActionLinks extends JpaRepository<ActionLink, UUID> {

  /** Spends every unused link of the recipient (a person whose access ended). */
  @Modifying
  @Query("update ActionLink l set l.usedAt = :now where l.recipient = :recipient and l.usedAt is null")
  int spendAllOf(String recipient, Instant now);

  /** Locks the row while the link is used, so that two clicks at once cannot both act. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from ActionLink l where l.id = :id")
  Optional<ActionLink> lockById(UUID id);
}
