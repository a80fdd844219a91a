package io.podesk.shared;

import java.util.List;

/** Input a client can correct: answered with 400 and the list of field errors. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(message, List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
