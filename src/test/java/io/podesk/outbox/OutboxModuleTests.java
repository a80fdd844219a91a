package io.podesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.podesk.support.ModuleTest;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on its own, with a channel of the test's making: what a module enqueues in its transaction is sent by
 * the channel's dispatcher, and a message that keeps failing is retried under the one back-off until it is given up
 * on (FAILED).
 */
@ModuleTest(web = WebEnvironment.NONE)
@TestPropertySource(properties = {"podesk.outbox.poll-interval=100ms", "podesk.outbox.back-off.first-delay=10ms",
    "podesk.outbox.back-off.max-attempts=3"})
class OutboxModuleTests {

  /** A message of the test channel: no payload but whether its sending fails. */
  @Entity
  @DiscriminatorValue("MODULE_TEST")
  static class TestMessage extends OutboxMessage {

    protected TestMessage() {}

    TestMessage(UUID id, Instant now) {
      super(id, null, now);
    }
  }

  /** Sends by remembering; a message whose id is in {@link #failing} fails every attempt. */
  static class TestChannel implements ChannelSender<TestMessage> {

    final List<UUID> sent = new CopyOnWriteArrayList<>();
    final List<UUID> failing = new CopyOnWriteArrayList<>();

    @Override
    public Class<TestMessage> messageType() {
      return TestMessage.class;
    }

    @Override
    public void send(TestMessage message) throws DeliveryFailed {
      if (failing.contains(message.id())) {
        throw new DeliveryFailed("the test channel refuses " + message.id());
      }
      sent.add(message.id());
    }
  }

  @TestConfiguration
  static class Channel {

    @Bean
    TestChannel testChannel() {
      return new TestChannel();
    }
  }

  @Autowired Outbox outbox;
  @Autowired TestChannel channel;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void sendsWhatWasEnqueuedOnceItsTransactionCommitted() {
    UUID id = UUID.randomUUID();

    transactions.executeWithoutResult(status -> outbox.enqueue(new TestMessage(id, Instant.now())));

    await().atMost(Duration.ofSeconds(10)).until(() -> channel.sent.contains(id));
    await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(statusOf(id)));
    assertThat(jdbc.queryForObject("select attempts from outbox_messages where id = ?", Integer.class, id))
        .isEqualTo(1);
  }

  @Test
  void retriesAFailingMessageUnderTheBackOffAndThenGivesUpOnIt() {
    UUID id = UUID.randomUUID();
    channel.failing.add(id);

    transactions.executeWithoutResult(status -> outbox.enqueue(new TestMessage(id, Instant.now())));

    await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf(id)));
    assertThat(jdbc.queryForMap("select attempts, last_error from outbox_messages where id = ?", id))
        .containsEntry("ATTEMPTS", 3).containsEntry("LAST_ERROR", "the test channel refuses " + id);
    assertThat(channel.sent).doesNotContain(id);
  }

  @Test
  void sendsNothingOfARolledBackTransaction() {
    UUID id = UUID.randomUUID();

    transactions.executeWithoutResult(status -> {
      outbox.enqueue(new TestMessage(id, Instant.now()));
      status.setRollbackOnly();
    });

    assertThat(jdbc.queryForObject("select count(*) from outbox_messages where id = ?", Integer.class, id)).isZero();
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject("select status from outbox_messages where id = ?", String.class, id);
  }
}
