package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurchaseOrderCategoriesTests {

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({"HW-1001, HW", "SW_2002, SW", "IT.3003, IT", "OF/4004, OF", "SVC-1_2.3/4, SVC", "PLAIN42, PLAIN42"})
  void aSkuStartsWithItsCategory(String sku, String category) {
    assertThat(line(sku).category()).isEqualTo(category);
  }

  @Test
  void anOrderListsEachOfItsLinesCategoriesOnceInAlphabeticalOrder() {
    PurchaseOrder order = new PurchaseOrder("acme", "PO-123456", "USD",
        List.of(line("SW-1"), line("HW-2"), line("SW_3"), line("AB.4")), BigDecimal.TEN, null, null, "acmebuyer",
        Instant.parse("2026-11-22T10:00:00Z"));

    assertThat(order.categories()).containsExactly("AB", "HW", "SW");
    assertThat(String.join(",", order.categories())).isEqualTo("AB,HW,SW");
  }

  private static PurchaseOrderLine line(String sku) {
    return new PurchaseOrderLine(sku, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
  }
}
