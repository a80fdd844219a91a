package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.podesk.erp.ErpEvent.Header;
import io.podesk.erp.ErpEvent.OrderCancelled;
import io.podesk.erp.ErpEvent.OrderChanged;
import io.podesk.erp.ErpEvent.OrderConfirmed;
import io.podesk.erp.ErpEvent.OrderCreated;
import io.podesk.erp.ErpEvent.PaymentReported;
import io.podesk.erp.ErpEvent.ShipmentReported;
import io.podesk.erp.ErpEvent.Type;
import io.podesk.orders.Shipment;
import io.podesk.orders.SubmitPurchaseOrder;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each ERP event type read into its record, and each wrong field refused with the message the ERP gets. */
class ErpEventParserTests {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Test
  void readsTheHeaderOfEveryEvent() {
    assertThat(ErpEventParser.header(json("{'id': 'e-1', 'type': 'shipment', 'company': 'northwind',"
        + " 'poNumber': 'NW-AB-0001'}"))).isEqualTo(new Header("e-1", "shipment", "northwind", "NW-AB-0001"));
    assertThat(ErpEventParser.header(json("{'id': 42, 'type': 'payment', 'company': 'northwind'}")))
        .isEqualTo(new Header("42", "payment", "northwind", null));
  }

  @ParameterizedTest
  @EnumSource(Type.class)
  void knowsEachTypeByItsNameOnTheWire(Type type) {
    assertThat(Type.named(type.wireName())).contains(type);
  }

  @Test
  void knowsNoOtherType() {
    assertThat(Type.named("order.shipped")).isEmpty();
    assertThat(Type.named("ORDER_CREATED")).isEmpty();
  }

  @Test
  void onlyTheEventsAboutAnExistingOrderAreMatchedToOne() {
    assertThat(Stream.of(Type.values()).filter(Type::aboutAnOrder))
        .containsExactlyInAnyOrder(Type.ORDER_CONFIRMED, Type.ORDER_CHANGED, Type.SHIPMENT, Type.ORDER_CANCELLED);
  }

  @Test
  void readsAnOfflineOrder() {
    ErpEvent event = read("{'id': 'e-1', 'type': 'order.created', 'company': 'northwind', 'poNumber': 'NW-AB-0001',"
        + " 'erpReference': 'SO-9000', 'currency': 'USD', 'notes': 'by phone', 'lines': [{'sku': 'GLV-100',"
        + " 'description': 'Gloves', 'quantity': 5, 'unitPrice': '6.40'}]}");

    assertThat(event).isEqualTo(new OrderCreated(event.header(), new SubmitPurchaseOrder("NW-AB-0001", "USD",
        List.of(new SubmitPurchaseOrder.Line("GLV-100", "Gloves", new BigDecimal("5"), new BigDecimal("6.40"))),
        null, "by phone"), "SO-9000"));
  }

  @Test
  void readsAPayment() {
    ErpEvent event = read("{'id': 'e-2', 'type': 'payment', 'company': 'northwind', 'invoiceNumber': 'INV-7',"
        + " 'amount': '1234.5600'}");

    assertThat(event).isEqualTo(new PaymentReported(event.header(), "INV-7", new BigDecimal("1234.5600")));
  }

  @Test
  void readsAConfirmationWithAndWithoutTheErpsTotal() {
    ErpEvent withTotal = read("{'id': 'e-3', 'type': 'order.confirmed', 'company': 'northwind', 'poNumber': 'P-1',"
        + " 'erpReference': 'SO-1', 'total': '108.50'}");
    ErpEvent without = read("{'id': 'e-4', 'type': 'order.confirmed', 'company': 'northwind', 'poNumber': 'P-1',"
        + " 'erpReference': 'SO-1'}");

    assertThat(withTotal).isEqualTo(new OrderConfirmed(withTotal.header(), "SO-1", new BigDecimal("108.50")));
    assertThat(without).isEqualTo(new OrderConfirmed(without.header(), "SO-1", null));
  }

  @Test
  void readsAChange() {
    ErpEvent event = read("{'id': 'e-5', 'type': 'order.changed', 'company': 'northwind', 'poNumber': 'P-1',"
        + " 'lines': [{'sku': 'BRG-6204', 'description': 'Ball bearing', 'quantity': 2, 'unitPrice': '40.00'}]}");

    assertThat(event).isEqualTo(new OrderChanged(event.header(), new SubmitPurchaseOrder("P-1", null,
        List.of(new SubmitPurchaseOrder.Line("BRG-6204", "Ball bearing", new BigDecimal("2"),
            new BigDecimal("40.00"))), null, null)));
  }

  @Test
  void readsAShipment() {
    ErpEvent event = read("{'id': 'e-6', 'type': 'shipment', 'company': 'northwind', 'poNumber': 'P-1',"
        + " 'trackingNumber': '1Z999', 'lines': [{'sku': 'BRG-6204', 'quantity': 1.5}, {'sku': 'GLV-100',"
        + " 'quantity': '3'}]}");

    assertThat(event).isEqualTo(new ShipmentReported(event.header(), List.of(
        new Shipment.Line("BRG-6204", new BigDecimal("1.5")), new Shipment.Line("GLV-100", new BigDecimal("3"))),
        "1Z999"));
  }

  @Test
  void readsACancellationWithAndWithoutAReason() {
    ErpEvent withReason = read("{'id': 'e-7', 'type': 'order.cancelled', 'company': 'northwind', 'poNumber': 'P-1',"
        + " 'reason': 'Customer called'}");
    ErpEvent without = read("{'id': 'e-8', 'type': 'order.cancelled', 'company': 'northwind', 'poNumber': 'P-1'}");

    assertThat(withReason).isEqualTo(new OrderCancelled(withReason.header(), "Customer called"));
    assertThat(without).isEqualTo(new OrderCancelled(without.header(), null));
  }

  /** A wrong field, the field named in the answer and the message the ERP reads. */
  record Refusal(String what, String body, String field, String message) {

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Refusal> refusals() {
    String quantityRule = "quantity must be greater than 0 and at most 1,000,000 with at most 3 decimal places";
    String amountRule = "amount must be greater than 0 and below 1,000,000,000,000 with at most 4 decimal places";
    return Stream.of(
        new Refusal("no id", "{'type': 'shipment', 'company': 'northwind'}", "id", "id is required"),
        new Refusal("a blank id", "{'id': ' ', 'type': 'shipment', 'company': 'northwind'}", "id", "id is required"),
        new Refusal("an id of 101 characters", "{'id': '" + "x".repeat(101) + "', 'type': 'shipment',"
            + " 'company': 'northwind'}", "id", "id must be at most 100 characters"),
        new Refusal("an id as an object", "{'id': {'$ne': null}, 'type': 'shipment', 'company': 'northwind'}", "id",
            "id must be a text or a number, not an object or a list"),
        new Refusal("no type", "{'id': 'e', 'company': 'northwind'}", "type", "type is required"),
        new Refusal("a type of 41 characters", "{'id': 'e', 'type': '" + "t".repeat(41) + "', 'company': 'n'}",
            "type", "type must be at most 40 characters"),
        new Refusal("no company", "{'id': 'e', 'type': 'shipment'}", "company", "company is required"),
        new Refusal("a company of 33 characters", "{'id': 'e', 'type': 'shipment', 'company': '" + "n".repeat(33)
            + "'}", "company", "company must be at most 32 characters"),
        new Refusal("a NUL in the company", "{'id': 'e', 'type': 'shipment', 'company': 'north\\u0000wind'}",
            "company", "company must not contain control or invisible characters"),
        new Refusal("a PO number of 65 characters", "{'id': 'e', 'type': 'order.cancelled', 'company': 'northwind',"
            + " 'poNumber': '" + "9".repeat(65) + "'}", "poNumber", "poNumber must be at most 64 characters"),
        new Refusal("a PO number as a list", "{'id': 'e', 'type': 'order.cancelled', 'company': 'northwind',"
            + " 'poNumber': ['P-1']}", "poNumber", "poNumber must be a text or a number, not an object or a list"),

        new Refusal("an offline order without its ERP reference", event("order.created", "'currency': 'USD'"),
            "erpReference", "erpReference is required"),
        new Refusal("an offline order whose lines are not a list, before its missing ERP reference",
            event("order.created", "'lines': {'sku': 'GLV-100'}"), "lines", "lines must be a list"),
        new Refusal("an offline order with a line's quantity as text", event("order.created",
            "'erpReference': 'SO-1', 'lines': [{'sku': 'GLV-100', 'quantity': 'five'}]"), "quantity",
            "quantity must be a number"),
        new Refusal("an offline order with a line's SKU as an object", event("order.created",
            "'erpReference': 'SO-1', 'lines': [{'sku': {'a': 1}, 'quantity': 1}]"), "sku",
            "sku must be a text or a number, not an object or a list"),
        new Refusal("an offline order with a line's unit price as true", event("order.created",
            "'erpReference': 'SO-1', 'lines': [{'sku': 'GLV-100', 'quantity': 1, 'unitPrice': true}]"), "unitPrice",
            "unitPrice must be a number"),

        new Refusal("a payment without an invoice number", event("payment", "'amount': 10"), "invoiceNumber",
            "invoiceNumber is required"),
        new Refusal("a payment without an amount", event("payment", "'invoiceNumber': 'INV-1'"), "amount",
            "a payment needs an amount"),
        new Refusal("a payment of NaN", event("payment", "'invoiceNumber': 'INV-1', 'amount': 'NaN'"), "amount",
            "amount must be a number"),
        new Refusal("a payment of 1e999999 (beyond a double)", event("payment",
            "'invoiceNumber': 'INV-1', 'amount': 1e999999"), "amount", "amount must be a number"),
        new Refusal("a payment of 1e20", event("payment", "'invoiceNumber': 'INV-1', 'amount': 1e20"), "amount",
            amountRule),
        new Refusal("a payment of 0", event("payment", "'invoiceNumber': 'INV-1', 'amount': 0"), "amount",
            amountRule),
        new Refusal("a payment of 5 decimal places", event("payment", "'invoiceNumber': 'INV-1', 'amount': 1.00001"),
            "amount", amountRule),
        new Refusal("a payment of a trillion", event("payment", "'invoiceNumber': 'INV-1', 'amount': 1000000000000"),
            "amount", amountRule),

        new Refusal("a confirmation without its ERP reference", event("order.confirmed", "'total': 10"),
            "erpReference", "erpReference is required"),
        new Refusal("a confirmation with an ERP reference of 101 characters", event("order.confirmed",
            "'erpReference': '" + "S".repeat(101) + "'"), "erpReference", "erpReference must be at most 100 characters"),
        new Refusal("a confirmation whose total is text", event("order.confirmed",
            "'erpReference': 'SO-1', 'total': 'a lot'"), "total", "total must be a number"),
        new Refusal("a confirmation whose total is a list", event("order.confirmed",
            "'erpReference': 'SO-1', 'total': [1]"), "total", "total must be a number"),

        new Refusal("a change whose lines are text", event("order.changed", "'lines': 'two bearings'"), "lines",
            "lines must be a list"),
        new Refusal("a change with a control character in its notes", event("order.changed",
            "'lines': [], 'notes': 'a\\u0007b'"), "notes", "notes must not contain control or invisible characters"),

        new Refusal("a shipment without lines", event("shipment", ""), "lines",
            "a shipment needs lines of sku and quantity"),
        new Refusal("a shipment of no lines", event("shipment", "'lines': []"), "lines",
            "a shipment needs lines of sku and quantity"),
        new Refusal("a shipment line without a SKU", event("shipment", "'lines': [{'quantity': 1}]"), "sku",
            "sku is required"),
        new Refusal("a shipment line with a SKU of 65 characters", event("shipment", "'lines': [{'sku': '"
            + "B".repeat(65) + "', 'quantity': 1}]"), "sku", "sku must be at most 64 characters"),
        new Refusal("a shipment line without a quantity", event("shipment", "'lines': [{'sku': 'B'}]"),
            "lines.quantity", "every shipment line needs a quantity"),
        new Refusal("a shipment line of NaN", event("shipment", "'lines': [{'sku': 'B', 'quantity': 'NaN'}]"),
            "quantity", "quantity must be a number"),
        new Refusal("a shipment line of 0", event("shipment", "'lines': [{'sku': 'B', 'quantity': 0}]"),
            "lines.quantity", quantityRule),
        new Refusal("a shipment line of -3", event("shipment", "'lines': [{'sku': 'B', 'quantity': -3}]"),
            "lines.quantity", quantityRule),
        new Refusal("a shipment line above a million", event("shipment",
            "'lines': [{'sku': 'B', 'quantity': 1000000.001}]"), "lines.quantity", quantityRule),
        new Refusal("a shipment line of 4 decimal places", event("shipment",
            "'lines': [{'sku': 'B', 'quantity': 1.0001}]"), "lines.quantity", quantityRule),
        new Refusal("a shipment with a tracking number of 101 characters", event("shipment",
            "'lines': [{'sku': 'B', 'quantity': 1}], 'trackingNumber': '" + "1".repeat(101) + "'"), "trackingNumber",
            "trackingNumber must be at most 100 characters"),
        new Refusal("a shipment whose bad lines come before its bad tracking number", event("shipment",
            "'lines': [], 'trackingNumber': '" + "1".repeat(101) + "'"), "lines",
            "a shipment needs lines of sku and quantity"),

        new Refusal("a cancellation with a reason of 501 characters", event("order.cancelled", "'reason': '"
            + "r".repeat(501) + "'"), "reason", "reason must be at most 500 characters"),
        new Refusal("a cancellation with its reason as an object", event("order.cancelled", "'reason': {}"),
            "reason", "reason must be a text or a number, not an object or a list"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAWrongFieldNamingItAndSayingWhatIsWrong(Refusal refusal) {
    assertThatThrownBy(() -> read(refusal.body())).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.errors()).containsExactly(new FieldError(refusal.field(), refusal.message())));
  }

  private static String event(String type, String fields) {
    return "{'id': 'e', 'type': '" + type + "', 'company': 'northwind', 'poNumber': 'NW-AB-0001'"
        + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  private static ErpEvent read(String body) {
    JsonNode event = json(body);
    Header header = ErpEventParser.header(event);
    return ErpEventParser.read(Type.named(header.type()).orElseThrow(), header, event);
  }

  private static JsonNode json(String body) {
    return ErpEventJson.parse(JSON, body.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }
}
