package io.podesk.notification;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionLinks extends JpaRepository<ActionLink, UUID> {

  /** Locks the row while the link is used, so that two clicks at once cannot both act. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from ActionLink l where l.id = :id")
  Optional<ActionLink> lockById(UUID id);
}
