package io.podesk.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One scheduled task per channel sender (the scheduler's pool gives each its own thread). Each run sends the
 * channel's due messages, each in its own transaction with its row locked: with several nodes, one sends it and the
 * others, once the lock is free, find it no longer PENDING.
 */
@Component
class OutboxDispatcher implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxMessages messages;
  private final ObjectProvider<ChannelSender<?>> channels;
  private final OutboxProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OutboxDispatcher(OutboxMessages messages, ObjectProvider<ChannelSender<?>> channels, OutboxProperties properties,
      TransactionTemplate transactions, Clock clock) {
    this.messages = messages;
    this.channels = channels;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    channels.orderedStream().forEach(channel -> registrar.addFixedDelayTask(
        new FixedDelayTask(() -> dispatchDue(channel), properties.pollInterval(), properties.pollInterval())));
  }

  void dispatchDue(ChannelSender<?> channel) {
    if (!channel.ready()) {
      return;
    }
    List<UUID> due = messages.due(channel.messageType(), Instant.now(clock), PageRequest.of(0, 50));
    for (UUID id : due) {
      transactions.executeWithoutResult(status -> attempt(channel, id));
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
    }
  }

  private <M extends OutboxMessage> void attempt(ChannelSender<M> channel, UUID id) {
    OutboxMessage locked = messages.lockById(id).orElse(null);
    if (locked == null || locked.status() != OutboxMessage.Status.PENDING) {
      return;
    }
    M message = channel.messageType().cast(locked);
    try {
      channel.send(message);
      message.sent(Instant.now(clock));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn("{} {} failed (attempt {}): {}", channel.messageType().getSimpleName(), id, message.attempts() + 1,
          e.getMessage());
      message.failed(e.getMessage(), Instant.now(clock), properties.backOff());
    }
  }
}
