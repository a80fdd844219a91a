package io.podesk.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a purchase order, where it crosses a module boundary (the orders and invoicing APIs, their events). It
 * sits in the shared kernel, not in {@code orders}, because modules below orders (audit, documents, approval) key
 * their records by it too. In JSON, in the event publication table and in text it is the plain UUID, as before.
 */
public record PurchaseOrderId(UUID value) {

  public PurchaseOrderId {
    Objects.requireNonNull(value, "value");
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PurchaseOrderId of(UUID value) {
    return new PurchaseOrderId(value);
  }

  @JsonValue
  @Override
  public UUID value() {
    return value;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
