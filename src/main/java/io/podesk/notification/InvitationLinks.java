package io.podesk.notification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationLinks extends JpaRepository<InvitationLink, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from InvitationLink i where i.id = :id")
  Optional<InvitationLink> lockById(UUID id);

  List<InvitationLink> findByUserId(String userId);
}
