package io.podesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.outbox.BackOff;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxMailTests {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final BackOff threeAttempts = new BackOff(Duration.ofSeconds(30), 2, Duration.ofHours(1), 3);

  @Test
  void backsOffAfterAFailureAndGivesUpVisiblyAtTheLimit() {
    var mail = new OutboxMail(UUID.randomUUID(), "a@b.example", "PO 1 received", "body", now);

    mail.failed("connection refused", now, threeAttempts);
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(mail.attempts()).isEqualTo(1);

    mail.failed("connection refused", now, threeAttempts);
    mail.failed("connection refused", now, threeAttempts);
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
    assertThat(mail.lastError()).isEqualTo("connection refused");
  }

  @Test
  void recordsWhenItWasSent() {
    var mail = new OutboxMail(UUID.randomUUID(), "a@b.example", "PO 1 received", "body", now);
    mail.sent(now);
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
    assertThat(mail.sentAt()).isEqualTo(now);
  }
}
