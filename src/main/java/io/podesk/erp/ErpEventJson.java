package io.podesk.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.orders.Shipment;
import io.podesk.orders.SubmitPurchaseOrder;
import io.podesk.shared.InvalidInputException;
import io.podesk.customers.CompanyForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an ERP event's body and its fields. Whatever the bytes, the answer is the event or an
 * {@link InvalidInputException} naming the field and what is wrong with it; nothing else gets out.
 */
final class ErpEventJson {

  static final int MAX_TEXT = 100;
  /** The columns' sizes (erp_inbound_events, shipments): longer values are refused here, not by the database. */
  static final int MAX_TYPE = 40;
  static final int MAX_COMPANY = 32;
  static final int MAX_PO_NUMBER = 64;
  static final int MAX_SKU = 64;
  static final int MAX_REASON = 500;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\r\\n\\t]]");
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  private ErpEventJson() {}

  /** The event as a JSON object, from the body's exact bytes (UTF-8, as signed). */
  static JsonNode parse(ObjectMapper json, byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", "the event is not valid UTF-8");
    }
    JsonNode event;
    try {
      event = json.readTree(text);
    } catch (StreamConstraintsException e) {
      String reason = String.valueOf(e.getOriginalMessage());
      throw new InvalidInputException("body", reason.contains("nesting depth")
          ? "the event nests deeper than 1000 levels of [ and {" : "the event exceeds a size limit of its JSON");
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("body", "the event is not valid JSON: " + abbreviate(e.getOriginalMessage()));
    }
    if (event == null || !event.isObject()) {
      throw new InvalidInputException("body", "the event must be a JSON object");
    }
    return event;
  }

  static String required(JsonNode event, String field) {
    return required(event, field, MAX_TEXT);
  }

  static String required(JsonNode event, String field, int max) {
    String value = optional(event, field, max);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, field + " is required");
    }
    return value;
  }

  /** A text field that may be missing, at most {@code max} characters. */
  static String optional(JsonNode event, String field, int max) {
    String value = text(event, field);
    if (value != null && value.length() > max) {
      throw new InvalidInputException(field, field + " must be at most " + max + " characters");
    }
    return value;
  }

  /** A text field, or null; a field that holds an object or a list is refused rather than read as "". */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new InvalidInputException(field, field + " must be a text or a number, not an object or a list");
    }
    String text = value.asText();
    if (CONTROL.matcher(text).find()) {
      throw new InvalidInputException(field, field + " must not contain control or invisible characters");
    }
    return text;
  }

  static BigDecimal decimal(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isContainerNode() || value.isBoolean()) {
      throw new InvalidInputException(field, field + " must be a number");
    }
    try {
      return new BigDecimal(value.asText());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, field + " must be a number");
    }
  }

  /** The master-data version the ERP gives: a whole number from 0 that only moves forward. */
  static long version(JsonNode event) {
    BigDecimal version = decimal(event, "version");
    if (version == null) {
      throw new InvalidInputException("version", "version is required: a whole number that only moves forward");
    }
    if (version.signum() < 0 || version.stripTrailingZeros().scale() > 0
        || version.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new InvalidInputException("version", "version must be a whole number from 0");
    }
    return version.longValueExact();
  }

  /** Stock on hand: from 0, at most 1,000,000,000, at most 3 decimal places. */
  static BigDecimal onHand(JsonNode event) {
    BigDecimal onHand = decimal(event, "onHand");
    if (onHand == null || onHand.signum() < 0 || onHand.compareTo(MAX_AMOUNT) > 0
        || onHand.stripTrailingZeros().scale() > 3) {
      throw new InvalidInputException("onHand", "onHand is required: a quantity from 0 with at most 3 decimals");
    }
    return onHand;
  }

  /** An amount that must be there: within a trillion either way, at most 2 decimal places. */
  static BigDecimal money(JsonNode event, String field) {
    BigDecimal amount = decimal(event, field);
    if (amount == null || amount.abs().compareTo(MAX_AMOUNT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(field, field + " is required: an amount with at most 2 decimal places");
    }
    return amount;
  }

  /** Payment terms {@code {"type": "NET", "days": 45}}, or null when left out. */
  static CompanyForm.Terms paymentTerms(JsonNode event) {
    JsonNode terms = event.path("paymentTerms");
    if (terms.isMissingNode() || terms.isNull()) {
      return null;
    }
    if (!terms.isObject()) {
      throw new InvalidInputException("paymentTerms", "paymentTerms must be an object such as {\"type\": \"NET\", "
          + "\"days\": 45}");
    }
    BigDecimal days = decimal(terms, "days");
    if (days != null && (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(365)) > 0
        || days.stripTrailingZeros().scale() > 0)) {
      throw new InvalidInputException("paymentTerms.days", "days must be a whole number from 0 to 365");
    }
    return new CompanyForm.Terms(optional(terms, "type", 20), days == null ? null : days.intValue());
  }

  /** A date (yyyy-mm-dd), or null. */
  static LocalDate date(JsonNode event, String field) {
    String value = optional(event, field, 10);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a date such as 2027-01-31");
    }
  }

  /** true or false, or null when left out. */
  static Boolean bool(JsonNode event, String field) {
    JsonNode value = event.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw new InvalidInputException(field, field + " must be true or false");
    }
    return value.booleanValue();
  }

  /** A shipped quantity: above 0, at most 1,000,000, at most 3 decimal places. */
  static BigDecimal quantity(JsonNode line) {
    BigDecimal quantity = decimal(line, "quantity");
    if (quantity == null) {
      throw new InvalidInputException("lines.quantity", "every shipment line needs a quantity");
    }
    if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0 || quantity.stripTrailingZeros().scale() > 3) {
      throw new InvalidInputException("lines.quantity",
          "quantity must be greater than 0 and at most 1,000,000 with at most 3 decimal places");
    }
    return quantity;
  }

  /** A payment's amount: above 0, below a trillion, at most 4 decimal places. */
  static BigDecimal amount(JsonNode event) {
    BigDecimal amount = decimal(event, "amount");
    if (amount == null) {
      throw new InvalidInputException("amount", "a payment needs an amount");
    }
    if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.stripTrailingZeros().scale() > 4) {
      throw new InvalidInputException("amount",
          "amount must be greater than 0 and below 1,000,000,000,000 with at most 4 decimal places");
    }
    return amount;
  }

  /** The order an order.created or order.changed event carries; the orders module validates it. */
  static SubmitPurchaseOrder order(JsonNode event, String poNumber) {
    JsonNode lines = event.path("lines");
    if (!lines.isMissingNode() && !lines.isNull() && !lines.isArray()) {
      throw new InvalidInputException("lines", "lines must be a list");
    }
    List<SubmitPurchaseOrder.Line> result = new ArrayList<>();
    for (JsonNode line : lines) {
      result.add(new SubmitPurchaseOrder.Line(text(line, "sku"), text(line, "description"),
          decimal(line, "quantity"), decimal(line, "unitPrice")));
    }
    return new SubmitPurchaseOrder(poNumber, text(event, "currency"), result, null, text(event, "notes"));
  }

  /** A shipment's lines: sku and quantity each. */
  static List<Shipment.Line> shipmentLines(JsonNode event) {
    JsonNode lines = event.path("lines");
    if (!lines.isArray() || lines.isEmpty()) {
      throw new InvalidInputException("lines", "a shipment needs lines of sku and quantity");
    }
    List<Shipment.Line> result = new ArrayList<>();
    for (JsonNode line : lines) {
      result.add(new Shipment.Line(required(line, "sku", MAX_SKU), quantity(line)));
    }
    return result;
  }

  private static String abbreviate(String message) {
    String line = String.valueOf(message).lines().findFirst().orElse("");
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }
}
