package io.podesk.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where a module puts a message for a channel: written in the caller's transaction, so it goes out if that commits. */
@Service
public class Outbox {

  private final OutboxMessages messages;

  Outbox(OutboxMessages messages) {
    this.messages = messages;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public <M extends OutboxMessage> M enqueue(M message) {
    return messages.save(message);
  }
}
