package io.podesk.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a customer company ({@code acme}), where it crosses a module boundary: the customer directory's API,
 * the orders queries, the orders events. Tables and entities keep the plain code; in JSON and in the event
 * publication table it is the plain string, as before.
 */
public record CompanyId(String value) {

  public CompanyId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A company id must not be blank");
    }
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CompanyId of(String value) {
    return new CompanyId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
