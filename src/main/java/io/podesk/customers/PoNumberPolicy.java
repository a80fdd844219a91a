package io.podesk.customers;

import java.util.Optional;
import java.util.regex.Pattern;

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

  /**
   * Checks a PO number against this policy.
   *
   * @param companyName names the company in the message
   * @return the message a buyer can act on, or empty when the number is acceptable
   */
  Optional<String> check(String poNumber, String companyName) {
    if (poNumber == null || poNumber.isBlank()) {
      return required ? Optional.of("PO number is required for " + companyName + exampleHint()) : Optional.empty();
    }
    if (pattern != null && !Pattern.compile(pattern).matcher(poNumber).matches()) {
      return Optional.of("PO number must look like " + (example != null ? example : pattern));
    }
    return Optional.empty();
  }

  private String exampleHint() {
    return example == null ? "" : " (e.g. " + example + ")";
  }
}
