package io.podesk.webhooks;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The delivery log; deliveries are written through the outbox module's {@code Outbox}. */
interface WebhookDeliveries extends JpaRepository<WebhookDelivery, UUID> {

  List<WebhookDelivery> findBySubscriptionIdOrderByCreatedAtDesc(UUID subscriptionId, Pageable page);
}
