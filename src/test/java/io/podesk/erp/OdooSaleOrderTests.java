package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.support.FakeOdoo;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Odoo adapter leaves in Odoo, against a fake Odoo that keeps state: a confirmed sale order with the
 * ship-to and billing addresses as the partner's delivery and invoice contacts; a revision updates the same sale
 * order's lines (even one a hold locked); a retry changes nothing twice.
 */
class OdooSaleOrderTests {

  private FakeOdoo odoo;
  private OdooErpGateway gateway;
  private final UUID orderId = UUID.randomUUID();

  @BeforeEach
  void start() {
    odoo = new FakeOdoo();
    odoo.add("product.product", "{\"default_code\": \"BRG-6204\"}");
    odoo.add("product.product", "{\"default_code\": \"GLV-100\"}");
    odoo.add("account.payment.term", "{\"name\": \"30 Days\"}");
    odoo.add("res.country", "{\"code\": \"US\"}");
    gateway = new OdooErpGateway(new ErpProperties.Odoo(odoo.url(), "podesk", "integration", "api-key", 99,
        Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  @AfterEach
  void stop() {
    odoo.close();
  }

  @Test
  void thePushIsAConfirmedSaleOrderWithDeliveryAndInvoiceContactsAndARetryAddsNothing() {
    String name = gateway.push(revision(1, line("BRG-6204", "10", "12.50"), line("CUSTOM-9", "1", "40.00")));

    ObjectNode sale = only("sale.order");
    assertThat(sale.path("name").asText()).isEqualTo(name);
    assertThat(sale.path("state").asText()).isEqualTo("sale");
    assertThat(sale.path("client_order_ref").asText()).isEqualTo("PO-123456");
    assertThat(sale.path("origin").asText()).isEqualTo("PO Desk revision 1");
    ObjectNode company = odoo.records("res.partner").stream().filter(p -> p.path("ref").asText().equals("acme"))
        .findFirst().orElseThrow();
    ObjectNode delivery = partner(sale.path("partner_shipping_id").asInt());
    assertThat(delivery.path("type").asText()).isEqualTo("delivery");
    assertThat(delivery.path("parent_id").asInt()).isEqualTo(company.path("id").asInt());
    assertThat(delivery.path("street").asText()).isEqualTo("1 Dock Rd");
    assertThat(delivery.path("country_id").asInt()).isPositive();
    ObjectNode invoice = partner(sale.path("partner_invoice_id").asInt());
    assertThat(invoice.path("type").asText()).isEqualTo("invoice");
    assertThat(invoice.path("street").asText()).isEqualTo("500 Finance Ave");
    assertThat(lines()).isEqualTo("BRG-6204=10@12.50, CUSTOM-9=1@40.00");
    assertThat(odoo.records("sale.order.line")).allSatisfy(l -> assertThat(l.path("discount").asDouble()).isZero());

    assertThat(gateway.push(revision(1, line("BRG-6204", "10", "12.50"), line("CUSTOM-9", "1", "40.00"))))
        .isEqualTo(name);
    assertThat(odoo.records("sale.order")).hasSize(1);
    assertThat(odoo.records("sale.order.line")).hasSize(2);
    assertThat(odoo.records("res.partner")).as("the company and its two contacts, once").hasSize(3);
  }

  @Test
  void aRevisionUpdatesTheSameSaleOrdersLinesEvenAfterAHoldLockedIt() {
    String name = gateway.push(revision(1, line("BRG-6204", "10", "12.50"), line("CUSTOM-9", "1", "40.00")));
    gateway.hold(new ErpOrderHold("acme", "PO-123456", name, 2, "lines changed"));
    assertThat(only("sale.order").path("locked").asBoolean()).isTrue();

    // revision 2: more bearings at the break price, the bracket dropped, gloves added
    assertThat(gateway.push(revision(2, line("BRG-6204", "100", "11.90"), line("GLV-100", "5", "6.40"))))
        .isEqualTo(name);

    ObjectNode sale = only("sale.order");
    assertThat(sale.path("state").asText()).isEqualTo("sale");
    assertThat(sale.path("origin").asText()).isEqualTo("PO Desk revision 2");
    // Odoo keeps the lines of a confirmed order: a dropped line goes to quantity 0
    assertThat(lines()).isEqualTo("BRG-6204=100@11.90, CUSTOM-9=0@40.00, GLV-100=5@6.40");

    gateway.push(revision(2, line("BRG-6204", "100", "11.90"), line("GLV-100", "5", "6.40")));
    assertThat(odoo.records("sale.order.line")).as("a retried revision adds nothing").hasSize(3);
    assertThat(odoo.calls().stream().filter(c -> c.equals("sale.order write")).count()).isEqualTo(1);
  }

  @Test
  void theDiscountGoesOnEachGoodsLineAndFreightAndHandlingAreLinesOfTheirOwn() {
    ErpOrder plain = revision(1, line("BRG-6204", "400", "12.50"));
    ErpOrder charged = new ErpOrder(plain.purchaseOrderId(), plain.company(), plain.poNumber(), 1, "USD",
        new BigDecimal("5000.00"), "NET_30", plain.lines(), plain.shipTo(), plain.notes(), new BigDecimal("400.00"),
        plain.billTo(), new ErpOrder.Charges(new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("25.00"),
            BigDecimal.ZERO));

    gateway.push(charged);

    assertThat(lines()).isEqualTo("BRG-6204=400@12.50, FREIGHT=1@25.00");
    assertThat(odoo.records("sale.order.line")).anySatisfy(l -> {
      assertThat(l.path("name").asText()).startsWith("BRG-6204");
      assertThat(l.path("discount").asDouble()).isEqualTo(2.0);
    }).anySatisfy(l -> {
      assertThat(l.path("name").asText()).isEqualTo("FREIGHT Freight");
      assertThat(l.path("discount").asDouble()).isZero();
      assertThat(l.path("product_id").asInt()).as("the generic product").isEqualTo(99);
    });
  }

  private ObjectNode only(String model) {
    assertThat(odoo.records(model)).hasSize(1);
    return odoo.records(model).get(0);
  }

  private ObjectNode partner(int id) {
    return odoo.records("res.partner").stream().filter(p -> p.path("id").asInt() == id).findFirst().orElseThrow();
  }

  private String lines() {
    return odoo.records("sale.order.line").stream().map(l -> l.path("name").asText().split(" ")[0] + "="
        + new BigDecimal(l.path("product_uom_qty").asText()).stripTrailingZeros().toPlainString() + "@"
        + new BigDecimal(l.path("price_unit").asText()).setScale(2)).sorted().collect(Collectors.joining(", "));
  }

  private ErpOrder revision(int revision, ErpOrder.Line... lines) {
    return new ErpOrder(orderId, "acme", "PO-123456", revision, "USD", BigDecimal.ZERO, "NET_30", List.of(lines),
        new ErpOrder.Address("Receiving", "1 Dock Rd", "Dallas", "75201", "US"), "Deliver to dock 4", null,
        new ErpOrder.Address("ACME Accounts", "500 Finance Ave", "Dallas", "75202", "US"));
  }

  private static ErpOrder.Line line(String sku, String quantity, String price) {
    BigDecimal q = new BigDecimal(quantity);
    BigDecimal p = new BigDecimal(price);
    return new ErpOrder.Line(sku, "item", q, p, q.multiply(p));
  }
}
