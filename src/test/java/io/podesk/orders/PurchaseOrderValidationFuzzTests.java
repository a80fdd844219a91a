package io.podesk.orders;

import io.podesk.shared.BaseCurrency;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.shared.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whatever a buyer sends, the intake's normalization and validation answer with field errors or let the order
 * pass, and an order that passes can be priced: no other exception, ever.
 *
 * <p>In the normal build this runs the seed corpus under
 * {@code src/test/resources/io/podesk/orders/PurchaseOrderValidationFuzzTestsInputs/}. To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=PurchaseOrderValidationFuzzTests} (stops after {@code maxDuration}; new
 * findings land in that folder as reproducers).
 */
class PurchaseOrderValidationFuzzTests {

  private static final List<CustomerTerms> CUSTOMERS = List.of(
      new CustomerTerms("acme", "ACME", PaymentTerms.NET_30, "USD", new BigDecimal("100000"),
          new PoNumberPolicy(true, "^PO-\\d{6}$", "PO-123456"), true, "enterprise", "NA", "low", "rep", 7, 1),
      new CustomerTerms("northwind", "Northwind", PaymentTerms.NET_60, "USD", new BigDecimal("250000"),
          new PoNumberPolicy(true, "^NW-[A-Z]{2}-\\d{4}$", "NW-TX-0042"), false, "healthcare", "NA", "low", "rep", 7,
          1),
      new CustomerTerms("globex", "Globex", PaymentTerms.NET_15, "USD", new BigDecimal("20000"),
          PoNumberPolicy.optional(), false, "smb", "EMEA", "low", "rep", 7, 1));
  private static final PurchaseOrderValidator VALIDATOR = new PurchaseOrderValidator(
      new BaseCurrency("USD", Map.of("EUR", new BigDecimal("1.08"), "JPY", new BigDecimal("0.0067"))));

  @FuzzTest(maxDuration = "30s")
  void validationOnlyEverAnswersWithFieldErrors(FuzzedDataProvider data) {
    CustomerTerms customer = CUSTOMERS.get(data.consumeInt(0, CUSTOMERS.size() - 1));
    SubmitPurchaseOrder request = new SubmitPurchaseOrder(text(data, 80), text(data, 6), lines(data),
        address(data), text(data, 2100));

    SubmitPurchaseOrder normalized = PurchaseOrderIntake.normalize(request);
    List<FieldError> errors = VALIDATOR.validate(normalized, customer);

    assertThat(errors).allSatisfy(error -> {
      assertThat(error.field()).isNotBlank();
      assertThat(error.message()).isNotBlank().hasSizeLessThan(500);
    });
    if (errors.isEmpty()) {
      List<PurchaseOrderLine> priced = PurchaseOrderIntake.priced(normalized);
      assertThat(PurchaseOrderIntake.totalOf(priced).signum()).isNotNegative();
    }
  }

  private static List<SubmitPurchaseOrder.Line> lines(FuzzedDataProvider data) {
    int count = data.consumeInt(-1, 4);
    if (count < 0) {
      return null;
    }
    List<SubmitPurchaseOrder.Line> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(data.consumeBoolean() && data.consumeBoolean() ? null
          : new SubmitPurchaseOrder.Line(text(data, 70), text(data, 510), decimal(data), decimal(data)));
    }
    return lines;
  }

  private static SubmitPurchaseOrder.Address address(FuzzedDataProvider data) {
    return data.consumeBoolean() ? null : new SubmitPurchaseOrder.Address(text(data, 210), text(data, 210),
        text(data, 110), text(data, 25), text(data, 4));
  }

  /** Null, or any string (any code point, lone surrogates included). */
  private static String text(FuzzedDataProvider data, int maxLength) {
    return data.consumeBoolean() ? null : data.consumeString(maxLength);
  }

  /** Null, or any decimal: from tiny to huge, with any scale a JSON number can carry. */
  private static BigDecimal decimal(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return null;
    }
    byte[] unscaled = data.consumeBytes(data.consumeInt(1, 40));
    BigInteger value = unscaled.length == 0 ? BigInteger.ZERO : new BigInteger(unscaled);
    return new BigDecimal(value, data.consumeInt());
  }
}
