package io.podesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.podesk.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module event whose listener failed is delivered again without a restart, once: resubmission runs on a schedule
 * and holds a database lock until the listeners it resubmitted are done, so no second runner (another node) sends
 * the same publication again.
 */
@IntegrationTest
@Import(ModuleEventRetriesIntegrationTests.FailingOnceListener.class)
@TestPropertySource(properties = {"podesk.events.resubmission.enabled=true",
    "podesk.events.resubmission.interval=500ms", "podesk.events.resubmission.older-than=1s",
    "podesk.events.resubmission.await-completion=20s"})
class ModuleEventRetriesIntegrationTests {

  /** An event for the listener below; its second delivery takes {@code secondAttemptMillis}. */
  record ProbeSent(UUID id, long secondAttemptMillis) {}

  /** Fails the first delivery of each event (as a listener whose database or server is away would), then counts. */
  static class FailingOnceListener {

    final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(ProbeSent event) throws InterruptedException {
      int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
      if (attempt == 1) {
        throw new IllegalStateException("the first delivery of " + event.id() + " fails");
      }
      Thread.sleep(event.secondAttemptMillis());
      deliveries.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    int attempts(UUID id) {
      return attempts.getOrDefault(id, new AtomicInteger()).get();
    }

    int deliveries(UUID id) {
      return deliveries.getOrDefault(id, new AtomicInteger()).get();
    }
  }

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired FailingOnceListener listener;
  @Autowired ModuleEventRetries retries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailedListenerGetsItsEventAgainWithoutARestartExactlyOnce() {
    UUID id = publish(0);

    await().atMost(Duration.ofSeconds(20)).until(() -> listener.deliveries(id) == 1);
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> listener.deliveries(id) == 1);

    assertThat(listener.attempts(id)).isEqualTo(2);
    assertThat(incompletePublicationsOf(id)).isZero();
  }

  @Test
  void twoRunnersAtOnceResendAPublicationOnce() throws Exception {
    UUID id = publish(2_000);
    await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts(id) == 1);
    Thread.sleep(1_100); // older than older-than: failed, not in flight

    // the scheduled run plus two more, as three nodes would: whoever holds the lock waits for the slow listener
    var start = new CountDownLatch(1);
    var nodes = Executors.newFixedThreadPool(2);
    try {
      List<? extends java.util.concurrent.Future<?>> runs = List.of(
          nodes.submit(() -> awaitThenRun(start)), nodes.submit(() -> awaitThenRun(start)));
      start.countDown();
      for (var run : runs) {
        run.get();
      }
    } finally {
      nodes.shutdownNow();
    }

    await().atMost(Duration.ofSeconds(20)).until(() -> listener.deliveries(id) == 1);
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> listener.deliveries(id) == 1);
    assertThat(listener.attempts(id)).isEqualTo(2);
    assertThat(incompletePublicationsOf(id)).isZero();
  }

  private Void awaitThenRun(CountDownLatch start) throws InterruptedException {
    start.await();
    retries.resubmitFailed();
    return null;
  }

  private UUID publish(long secondAttemptMillis) {
    UUID id = UUID.randomUUID();
    transactions.executeWithoutResult(status -> events.publishEvent(new ProbeSent(id, secondAttemptMillis)));
    return id;
  }

  private int incompletePublicationsOf(UUID id) {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
        + " and serialized_event like ?", Integer.class, "%" + id + "%");
  }
}
