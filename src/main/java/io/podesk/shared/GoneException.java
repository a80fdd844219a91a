package io.podesk.shared;

/** The thing asked for existed and was removed for good (a document past its retention): answered with 410. */
public class GoneException extends RuntimeException {

  public GoneException(String message) {
    super(message);
  }
}
