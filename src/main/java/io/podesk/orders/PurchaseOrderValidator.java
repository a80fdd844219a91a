package io.podesk.orders;

import io.podesk.shared.BaseCurrency;
import io.podesk.customers.CustomerTerms;
import io.podesk.shared.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks a submitted order against the domain rules and the company's policy; reports every problem at once. */
@Component
class PurchaseOrderValidator {

  static final int MAX_LINES = 500;
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
  static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("10000000");
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
  /** Control and format characters (NUL, bidi overrides, zero-width), and halves of characters (lone surrogates). */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\r\\n\\t]]");
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final BaseCurrency baseCurrency;

  PurchaseOrderValidator(BaseCurrency baseCurrency) {
    this.baseCurrency = baseCurrency;
  }

  List<FieldError> validate(SubmitPurchaseOrder order, CustomerTerms customer) {
    List<FieldError> errors = new ArrayList<>();
    checkPoNumber(order.poNumber(), customer, errors);
    checkCurrency(order.currency(), errors);
    checkLines(order.lines(), errors);
    checkText("notes", order.notes(), 2000, errors);
    checkShipTo(order.shipTo(), errors);
    return errors;
  }

  private void checkPoNumber(String poNumber, CustomerTerms customer, List<FieldError> errors) {
    if (poNumber != null && poNumber.length() > 64) {
      errors.add(new FieldError("poNumber", "PO number must be at most 64 characters"));
      return;
    }
    if (poNumber != null && (CONTROL.matcher(poNumber).find() || poNumber.chars().anyMatch(c -> c == '\n' || c == '\r'
        || c == '\t'))) {
      errors.add(new FieldError("poNumber", "PO number must not contain control or invisible characters"));
      return;
    }
    customer.checkPoNumber(poNumber).ifPresent(message -> errors.add(new FieldError("poNumber", message)));
  }

  private void checkCurrency(String currency, List<FieldError> errors) {
    if (currency == null || currency.isBlank()) {
      errors.add(new FieldError("currency", "currency is required, as an ISO 4217 code such as USD"));
    } else if (!CURRENCIES.contains(currency)) {
      errors.add(new FieldError("currency", "currency '" + abbreviate(currency)
          + "' is not an ISO 4217 code; use one such as USD or EUR"));
    } else if (!baseCurrency.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "orders in " + currency + " are not accepted; use one of "
          + baseCurrency.accepted()));
    }
  }

  private void checkLines(List<SubmitPurchaseOrder.Line> lines, List<FieldError> errors) {
    if (lines == null || lines.isEmpty()) {
      errors.add(new FieldError("lines", "a purchase order needs at least one line"));
      return;
    }
    if (lines.size() > MAX_LINES) {
      errors.add(new FieldError("lines", "a purchase order may have at most " + MAX_LINES + " lines, this one has "
          + lines.size() + "; split it into several orders"));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      checkLine("lines[" + i + "]", lines.get(i), errors);
    }
  }

  private void checkLine(String path, SubmitPurchaseOrder.Line line, List<FieldError> errors) {
    if (line == null) {
      errors.add(new FieldError(path, "line must not be empty"));
      return;
    }
    if (line.sku() == null || line.sku().isBlank()) {
      errors.add(new FieldError(path + ".sku", "SKU is required"));
    } else if (line.sku().length() > 64 || !SKU.matcher(line.sku()).matches()) {
      errors.add(new FieldError(path + ".sku",
          "SKU must be up to 64 letters, digits and . _ / - (e.g. BRG-6204)"));
    }
    checkText(path + ".description", line.description(), 500, errors);
    BigDecimal quantity = line.quantity();
    if (quantity == null) {
      errors.add(new FieldError(path + ".quantity", "quantity is required"));
    } else if (quantity.signum() <= 0) {
      errors.add(new FieldError(path + ".quantity", "quantity must be greater than 0"));
    } else if (quantity.compareTo(MAX_QUANTITY) > 0 || quantity.stripTrailingZeros().scale() > 3) {
      errors.add(new FieldError(path + ".quantity",
          "quantity must be at most 1,000,000 with at most 3 decimal places"));
    }
    BigDecimal price = line.unitPrice();
    if (price == null) {
      errors.add(new FieldError(path + ".unitPrice", "unit price is required"));
    } else if (price.signum() < 0) {
      errors.add(new FieldError(path + ".unitPrice", "unit price must not be negative"));
    } else if (price.compareTo(MAX_UNIT_PRICE) > 0 || price.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError(path + ".unitPrice",
          "unit price must be at most 10,000,000 with at most 4 decimal places"));
    }
  }

  private void checkShipTo(SubmitPurchaseOrder.Address address, List<FieldError> errors) {
    if (address == null) {
      return;
    }
    checkText("shipTo.name", address.name(), 200, errors);
    checkText("shipTo.street", address.street(), 200, errors);
    checkText("shipTo.city", address.city(), 100, errors);
    checkText("shipTo.postalCode", address.postalCode(), 20, errors);
    if (address.country() != null && !COUNTRIES.contains(address.country())) {
      errors.add(new FieldError("shipTo.country", "country must be an ISO 3166 two-letter code such as US or DE"));
    }
  }

  private void checkText(String field, String value, int max, List<FieldError> errors) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      errors.add(new FieldError(field, field + " must be at most " + max + " characters, it has " + value.length()));
    } else if (CONTROL.matcher(value).find()) {
      errors.add(new FieldError(field, field + " must not contain control or invisible characters"));
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 10 ? value : value.substring(0, 10) + "…";
  }
}
