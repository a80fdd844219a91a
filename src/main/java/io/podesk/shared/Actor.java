package io.podesk.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Who did something to an order: a person (by user id, whether logged in or acting through a mail link), PO Desk
 * itself (a process step, a timer, a rule), or the ERP (an inbound event). The audit trail, the revisions and the
 * events keep only the {@link #name()} ({@code system}, {@code erp}, or the user id), as they always did; read
 * back, those two names are PO Desk and the ERP, and anything else a person.
 *
 * @param name what the audit trail shows; for PO Desk and the ERP the fixed names, for a step PO Desk takes on
 *     someone's behalf a label such as {@code auto-approval}
 */
public record Actor(Kind kind, String name) {

  /** What kind of party acted. */
  public enum Kind { PERSON, SYSTEM, ERP }

  /** PO Desk itself: a process step, a timer, a reminder. */
  public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system");

  /** The ERP, through its inbound events. */
  public static final Actor ERP = new Actor(Kind.ERP, "erp");

  public Actor {
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An actor needs a name");
    }
  }

  /** A person, by user id. */
  public static Actor person(String userId) {
    return new Actor(Kind.PERSON, userId);
  }

  /** PO Desk acting under a label that says which rule acted, e.g. {@code auto-approval}. */
  public static Actor system(String label) {
    return new Actor(Kind.SYSTEM, label);
  }

  /** The actor a stored name stands for (the persistence and JSON edge). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Actor fromName(String name) {
    return SYSTEM.name.equals(name) ? SYSTEM : ERP.name.equals(name) ? ERP : person(name);
  }

  /** The name as stored and shown; events carry it as a plain string. */
  @JsonValue
  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
