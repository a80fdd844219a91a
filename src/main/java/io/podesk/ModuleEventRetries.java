package io.podesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener failed are delivered again on a schedule, not only when a node restarts. One node at a
 * time does it (a ShedLock row in the shared database), and it waits for the listeners it resubmitted before it lets
 * go of the lock, so no other node resends an event whose listener is still running. Publications younger than
 * {@code older-than} are left alone: their first delivery may still be queued on the node that published them.
 */
@Component
@ConditionalOnProperty(name = "podesk.events.resubmission.enabled", havingValue = "true", matchIfMissing = true)
class ModuleEventRetries {

  static final String LOCK = "resubmit-module-events";

  private static final Logger log = LoggerFactory.getLogger(ModuleEventRetries.class);

  /**
   * @param enabled whether incomplete publications are resubmitted on a schedule
   * @param interval the pause between two runs
   * @param olderThan how old a publication must be before it counts as failed rather than in flight
   * @param awaitCompletion how long a run waits for the listeners it resubmitted, holding the lock
   */
  @ConfigurationProperties("podesk.events.resubmission")
  record Settings(boolean enabled, Duration interval, Duration olderThan, Duration awaitCompletion) {

    Settings {
      interval = interval == null ? Duration.ofMinutes(1) : interval;
      olderThan = olderThan == null ? Duration.ofMinutes(5) : olderThan;
      awaitCompletion = awaitCompletion == null ? Duration.ofMinutes(2) : awaitCompletion;
    }
  }

  private final IncompleteEventPublications incomplete;
  private final JdbcTemplate jdbc;
  private final Settings settings;
  private final Clock clock;
  private final ThreadPoolTaskExecutor listenerThreads;

  ModuleEventRetries(IncompleteEventPublications incomplete, JdbcTemplate jdbc, Settings settings,
      Clock clock, AsyncConfigurer moduleEventThreads) {
    this.listenerThreads = moduleEventThreads.getAsyncExecutor() instanceof ThreadPoolTaskExecutor threads ? threads
        : null;
    this.incomplete = incomplete;
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${podesk.events.resubmission.interval:PT1M}",
      initialDelayString = "${podesk.events.resubmission.interval:PT1M}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
  void resubmitFailed() {
    Instant cutOff = Instant.now(clock).minus(settings.olderThan());
    Set<UUID> resubmitted = new HashSet<>();
    incomplete.resubmitIncompletePublications(publication -> {
      boolean failed = publication.getPublicationDate().isBefore(cutOff);
      if (failed) {
        resubmitted.add(publication.getIdentifier());
      }
      return failed;
    });
    if (!resubmitted.isEmpty()) {
      log.info("Resubmitted {} module event publication(s) whose listener had not completed", resubmitted.size());
      awaitListeners(resubmitted);
    }
  }

  /**
   * The listeners run on the module-event threads; the lock is held until they completed, or the threads fell idle
   * with some still incomplete (their listener failed again: the next run retries them), or the wait ran out.
   */
  private void awaitListeners(Set<UUID> resubmitted) {
    Instant deadline = Instant.now(clock).plus(settings.awaitCompletion());
    while (Instant.now(clock).isBefore(deadline)) {
      boolean idle = listenerThreads != null && listenerThreads.getActiveCount() == 0
          && listenerThreads.getQueueSize() == 0;
      Set<UUID> pending = new HashSet<>(jdbc.queryForList(
          "select id from event_publication where completion_date is null", UUID.class));
      pending.retainAll(resubmitted);
      if (pending.isEmpty()) {
        return;
      }
      if (idle) {
        log.warn("{} resubmitted module event publication(s) failed again; retried in {}", pending.size(),
            settings.interval());
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
