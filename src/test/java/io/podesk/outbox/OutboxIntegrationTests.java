package io.podesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Mailbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operator's view of the whole outbox: what was given up on can be seen and sent again. */
@IntegrationTest
class OutboxIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aMailGivenUpOnIsListedAndGoesOutWhenRetried() {
    // as if the SMTP server had refused it for every attempt
    UUID id = UUID.randomUUID();
    String subject = "Given up on " + id;
    jdbc.update("insert into outbox_messages (id, channel, status, attempts, last_error, created_at, next_attempt_at,"
        + " recipient, subject, body) values (?, 'MAIL', 'FAILED', 10, '554 rejected', ?, ?, ?, ?, 'body')", id,
        Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), "ops@podesk.example", subject);
    Api api = new Api(port);

    JsonNode failed = api.get("admin", "/api/admin/outbox/messages?status=FAILED&channel=mail").json();
    assertThat(failed.findValuesAsText("id")).contains(id.toString());
    assertThat(api.get("admin", "/api/admin/outbox").json().findValuesAsText("subject")).contains(subject);
    assertThat(api.get("admin", "/api/admin/outbox/messages?channel=webhook").json().findValuesAsText("id"))
        .doesNotContain(id.toString());

    var retried = api.post("admin", "/api/admin/outbox/messages/" + id + "/retry");
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().get("status").asText()).isEqualTo("PENDING");

    Mailbox.awaitMail("ops@podesk.example", subject);
    assertThat(api.post("admin", "/api/admin/outbox/messages/" + id + "/retry").status()).isEqualTo(409);
    assertThat(api.post("acmebuyer", "/api/admin/outbox/messages/" + id + "/retry").status()).isEqualTo(403);
  }
}
