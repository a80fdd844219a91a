package io.podesk.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets an admin read the mail outbox: without SMTP (the default profile) this is where mails can be seen. */
@RestController
@RequestMapping("/api/admin/outbox")
@Tag(name = "Admin: mail outbox")
class OutboxController {

  private final OutboxMails outbox;

  OutboxController(OutboxMails outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "Mails in the outbox, newest first (optionally for one purchase order)")
  List<MailView> list(@RequestParam(required = false) UUID purchaseOrderId,
      @RequestParam(defaultValue = "100") int limit) {
    List<OutboxMail> mails = purchaseOrderId != null
        ? outbox.findByPurchaseOrderIdOrderByCreatedAt(purchaseOrderId)
        : outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    return mails.stream().map(MailView::of).toList();
  }

  record MailView(UUID id, UUID purchaseOrderId, String to, String subject, String body, String status,
      int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static MailView of(OutboxMail mail) {
      return new MailView(mail.id(), mail.purchaseOrderId(), mail.recipient(), mail.subject(), mail.body(),
          mail.status().name(), mail.attempts(), mail.lastError(), mail.createdAt(), mail.sentAt());
    }
  }
}
