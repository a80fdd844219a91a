package io.podesk.outbox;

/** A channel could not deliver a message; the message says why, for the operator reading the outbox. */
public class DeliveryFailed extends Exception {

  public DeliveryFailed(String reason) {
    super(reason);
  }
}
