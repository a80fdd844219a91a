package io.podesk.outbox;

/**
 * Sends the messages of one channel: a bean implementing this gets a dispatcher of its own, on a scheduler thread of
 * its own, so a hung server of one channel holds up no other. The dispatcher claims each message, calls
 * {@link #send}, and records the outcome and any retry under the one {@link BackOff}.
 *
 * @param <M> the channel's message type, an {@link OutboxMessage} holding the channel's payload
 */
public interface ChannelSender<M extends OutboxMessage> {

  Class<M> messageType();

  /** Whether the channel sends now at all (mail without SMTP keeps its messages in the outbox to be read). */
  default boolean ready() {
    return true;
  }

  /**
   * Sends one message, in the transaction that holds its claim; returns when it went out. Throwing (e.g.
   * {@link DeliveryFailed}) counts as a failed attempt; the exception's message is recorded. Must not wait longer than
   * the channel's timeouts.
   */
  void send(M message) throws Exception;
}
