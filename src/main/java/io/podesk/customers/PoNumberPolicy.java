package io.podesk.customers;

/**
 * A company's rule for the PO numbers on its orders.
 *
 * @param required whether every order must carry one (e.g. every Net-30 account)
 * @param pattern the company's own format as a regular expression, or null for any
 * @param example a human example of the format, such as {@code PO-123456}
 */
public record PoNumberPolicy(boolean required, String pattern, String example) {

  public static PoNumberPolicy optional() {
    return new PoNumberPolicy(false, null, null);
  }

  String exampleHint() {
    return example == null ? "" : " (e.g. " + example + ")";
  }
}
