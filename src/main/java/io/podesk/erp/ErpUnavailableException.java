package io.podesk.erp;

/** The ERP could not take the order now; the process step retries and finally opens an incident. */
class ErpUnavailableException extends RuntimeException {

  public ErpUnavailableException(String message) {
    super(message);
  }

  public ErpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
