package io.podesk.webhooks;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, UUID> {}
