package io.podesk.shared;

/** Unknown, or not visible to the caller (another company's): answered with 404 either way. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
