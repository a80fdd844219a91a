package io.podesk.customers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's rule for the PO numbers on its orders.
 *
 * @param required whether every order must carry one (e.g. every Net-30 account)
 * @param pattern the company's own format as a regular expression, or null for any
 * @param example a human example of the format, such as {@code PO-123456}
 * @param ignoreCase whether {@code po-1} and {@code PO-1} are the same number (and the pattern ignores case)
 */
public record PoNumberPolicy(boolean required, String pattern, String example, boolean ignoreCase) {

  /** A rule that tells numbers apart by case. */
  public PoNumberPolicy(boolean required, String pattern, String example) {
    this(required, pattern, example, false);
  }

  public static PoNumberPolicy optional() {
    return new PoNumberPolicy(false, null, null);
  }

  /**
   * The form in which two numbers are compared: trimmed and, where case is ignored, in upper case. Two orders of a
   * company that are live or done never share it.
   */
  public String keyOf(String poNumber) {
    if (poNumber == null || poNumber.isBlank()) {
      return null;
    }
    String trimmed = poNumber.strip();
    return ignoreCase ? trimmed.toUpperCase(Locale.ROOT) : trimmed;
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
    if (pattern != null && !Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(poNumber.strip())
        .matches()) {
      return Optional.of("PO number must look like " + (example != null ? example : pattern));
    }
    return Optional.empty();
  }

  private String exampleHint() {
    return example == null ? "" : " (e.g. " + example + ")";
  }
}
