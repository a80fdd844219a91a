package io.podesk.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mails in the outbox, read for the mail view; they are written through the outbox module's {@code Outbox}. */
interface OutboxMails extends JpaRepository<OutboxMail, UUID> {

  List<OutboxMail> findByPurchaseOrderIdOrderByCreatedAt(UUID purchaseOrderId);

  List<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable page);
}
