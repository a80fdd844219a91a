package io.podesk.outbox;

import io.podesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of the whole outbox, every channel: what is pending, sent or given up on, and a retry for what
 * was given up on. Each channel keeps its own view of its payload ({@code /api/admin/outbox} for mails, a
 * subscription's delivery log for webhooks).
 */
@RestController
@RequestMapping("/api/admin/outbox/messages")
@Tag(name = "Admin: outbox (every channel)")
class OutboxMessagesController {

  private final OutboxMessages messages;
  private final Clock clock;

  OutboxMessagesController(OutboxMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "Messages of every channel, newest first; status=FAILED lists the ones given up on")
  List<MessageView> list(@RequestParam(required = false) String channel,
      @RequestParam(required = false) OutboxMessage.Status status, @RequestParam(defaultValue = "100") int limit) {
    String stored = channel == null ? null : channel.strip().toUpperCase(Locale.ROOT);
    return messages.list(stored, status, PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
        .map(MessageView::of).toList();
  }

  @PostMapping("/{id}/retry")
  @Transactional
  @Operation(summary = "Gives a FAILED message one more attempt, now")
  MessageView retry(@PathVariable UUID id) {
    OutboxMessage message = messages.lockById(id).orElseThrow(() -> new NotFoundException("No outbox message " + id));
    message.retry(Instant.now(clock));
    return MessageView.of(message);
  }

  record MessageView(UUID id, String channel, UUID purchaseOrderId, String status, int attempts, String lastError,
      Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    static MessageView of(OutboxMessage message) {
      return new MessageView(message.id(), message.channel(), message.purchaseOrderId(), message.status().name(),
          message.attempts(), message.lastError(), message.createdAt(), message.nextAttemptAt(), message.sentAt());
    }
  }
}
