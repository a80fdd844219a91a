package io.podesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.TestInfrastructure;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V24 moves the mail outbox and the webhook deliveries into the one outbox: every row, as it stood, so a pending
 * message stays due and a sent or given-up one is not sent (again). On PostgreSQL and on H2 (the default profile).
 */
class OneOutboxMigrationIntegrationTests {

  private final Instant created = Instant.parse("2026-11-20T08:00:00Z");
  private final Instant due = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void movesEveryMailAndDeliveryAsItStoodOnPostgres() {
    movesEveryMailAndDeliveryAsItStood(
        new DriverManagerDataSource(TestInfrastructure.createDatabase("one_outbox"), "postgres", ""));
  }

  @Test
  void movesEveryMailAndDeliveryAsItStoodOnH2() {
    movesEveryMailAndDeliveryAsItStood(
        new DriverManagerDataSource("jdbc:h2:mem:one_outbox;DB_CLOSE_DELAY=-1", "sa", ""));
  }

  private void movesEveryMailAndDeliveryAsItStood(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).target("23").load().migrate();
    var jdbc = new JdbcTemplate(dataSource);
    UUID order = UUID.randomUUID();
    UUID pendingMail = mail(jdbc, order, "PENDING", 2, null);
    UUID sentMail = mail(jdbc, order, "SENT", 1, created.plusSeconds(5));
    UUID failedMail = mail(jdbc, null, "FAILED", 8, null);
    jdbc.update("update outbox_mails set html_body = '<p>html</p>', attachment_document_id = ?,"
        + " attachment_name = 'INV-1.pdf' where id = ?", order, failedMail);
    UUID subscription = UUID.randomUUID();
    jdbc.update("insert into webhook_subscriptions (id, url, secret, events, created_at) values (?, ?, ?, ?, ?)",
        subscription, "https://erp.example/hooks", "subscriber-secret-123", "po.submitted", at(created));
    UUID pendingDelivery = delivery(jdbc, subscription, order, "PENDING", 3, 503, null);
    UUID deliveredDelivery = delivery(jdbc, subscription, order, "DELIVERED", 1, 200, created.plusSeconds(1));
    UUID failedDelivery = delivery(jdbc, subscription, order, "FAILED", 10, null, null);

    Flyway.configure().dataSource(dataSource).load().migrate();

    assertThat(jdbc.queryForObject("select count(*) from outbox_messages", Long.class)).isEqualTo(6);
    assertThat(row(jdbc, pendingMail)).containsEntry("channel", "MAIL").containsEntry("status", "PENDING")
        .containsEntry("attempts", 2).containsEntry("recipient", "buyer@northwind.example")
        .containsEntry("subject", "PO 1 received").containsEntry("body", "text").containsEntry("last_error", "timeout");
    assertThat(instant(row(jdbc, pendingMail).get("next_attempt_at"))).isEqualTo(due);
    assertThat(row(jdbc, sentMail)).containsEntry("status", "SENT");
    assertThat(instant(row(jdbc, sentMail).get("sent_at"))).isEqualTo(created.plusSeconds(5));
    assertThat(row(jdbc, failedMail)).containsEntry("status", "FAILED").containsEntry("attempts", 8)
        .containsEntry("html_body", "<p>html</p>").containsEntry("attachment_name", "INV-1.pdf");
    assertThat(row(jdbc, pendingDelivery)).containsEntry("channel", "WEBHOOK").containsEntry("status", "PENDING")
        .containsEntry("attempts", 3).containsEntry("last_status", 503).containsEntry("event_type", "po.submitted")
        .containsEntry("payload", "{\"type\":\"po.submitted\"}");
    assertThat(instant(row(jdbc, pendingDelivery).get("next_attempt_at"))).isEqualTo(due);
    assertThat(row(jdbc, deliveredDelivery)).containsEntry("status", "SENT").containsEntry("last_status", 200);
    assertThat(instant(row(jdbc, deliveredDelivery).get("sent_at"))).isEqualTo(created.plusSeconds(1));
    assertThat(row(jdbc, failedDelivery)).containsEntry("status", "FAILED").containsEntry("attempts", 10);

    jdbc.update("delete from webhook_subscriptions where id = ?", subscription);
    assertThat(jdbc.queryForObject("select count(*) from outbox_messages where channel = 'WEBHOOK'", Long.class))
        .as("a subscription takes its deliveries with it").isZero();
  }

  private UUID mail(JdbcTemplate jdbc, UUID order, String status, int attempts, Instant sentAt) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into outbox_mails (id, purchase_order_id, recipient, subject, body, status, attempts,"
        + " last_error, created_at, next_attempt_at, sent_at) values (?, ?, 'buyer@northwind.example', 'PO 1 received',"
        + " 'text', ?, ?, 'timeout', ?, ?, ?)", id, order, status, attempts, at(created), at(due), at(sentAt));
    return id;
  }

  private UUID delivery(JdbcTemplate jdbc, UUID subscription, UUID order, String status, int attempts,
      Integer lastStatus, Instant deliveredAt) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into webhook_deliveries (id, subscription_id, event_type, purchase_order_id, payload, status,"
        + " attempts, last_status, last_error, created_at, next_attempt_at, delivered_at) values (?, ?, 'po.submitted',"
        + " ?, '{\"type\":\"po.submitted\"}', ?, ?, ?, null, ?, ?, ?)", id, subscription, order, status, attempts,
        lastStatus, at(created), at(due), at(deliveredAt));
    return id;
  }

  private static Map<String, Object> row(JdbcTemplate jdbc, UUID id) {
    Map<String, Object> row = new HashMap<>();
    jdbc.queryForMap("select * from outbox_messages where id = ?", id)
        .forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
    return row;
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
    return ((Timestamp) value).toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static Timestamp at(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
