package io.podesk.shared;

/** The request clashes with the current state (duplicate, illegal transition): answered with 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
