package io.podesk.workflow.engine;

import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable with its name and Java type, read and written without casts. Values are stored as
 * engine primitives only (UUIDs as strings), so no variable is ever Java-serialized.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    return fromStored(scope.getVariable(name));
  }

  public T require(VariableScope scope) {
    return Objects.requireNonNull(get(scope), () -> "process variable '" + name + "' is not set");
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, toStored(value));
  }

  public VariableMap putIn(VariableMap variables, T value) {
    return variables.putValue(name, toStored(value));
  }

  Object toStored(T value) {
    return value instanceof UUID uuid ? uuid.toString() : value;
  }

  T fromStored(Object stored) {
    if (stored == null) {
      return null;
    }
    if (type == UUID.class && stored instanceof String text) {
      return type.cast(UUID.fromString(text));
    }
    if (type == Double.class && stored instanceof Number number) {
      return type.cast(number.doubleValue());
    }
    return type.cast(stored);
  }
}
