package io.podesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.support.Api;
import io.podesk.support.CatalogIntegrationTest;
import io.podesk.support.ErpEvents;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tax per line from the demo tax table: the product's tax class (gloves are reduced) in the ship-to country, rates
 * kept per line, net, tax and gross on the order with the tax per rate; the invoice taxes what shipped at the same
 * rates and prints the breakdown; a valid exemption certificate makes the order tax free; the table is managed by
 * the admin API, checked field by field.
 */
@CatalogIntegrationTest
class TaxIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void eachLineIsTaxedAtItsClassInTheShipToCountryAndTheInvoicePrintsTheBreakdown() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    JsonNode order = submit("nwbuyer", poNumber, "US");

    assertThat(StreamSupport.stream(order.get("lines").spliterator(), false).map(l -> l.get("taxPercent")
        .decimalValue().stripTrailingZeros().toPlainString())).containsExactly("4", "8");
    // 10 × 6.10 at 4 % (gloves, reduced) and 10 × 12.50 at 8 % (standard), and the demo's 25.00 freight under
    // 500 at the standard rate
    assertThat(order.get("total").decimalValue()).isEqualByComparingTo("186.00");
    assertThat(order.get("freight").decimalValue()).isEqualByComparingTo("25.00");
    assertThat(order.get("handling").decimalValue()).isEqualByComparingTo("0");
    assertThat(order.get("net").decimalValue()).isEqualByComparingTo("211.00");
    assertThat(order.get("tax").decimalValue()).isEqualByComparingTo("14.44");
    assertThat(order.get("gross").decimalValue()).isEqualByComparingTo("225.44");
    assertThat(StreamSupport.stream(order.get("taxBreakdown").spliterator(), false)
        .map(r -> r.get("percent").decimalValue().stripTrailingZeros().toPlainString() + " "
            + r.get("net").decimalValue().setScale(2) + " " + r.get("tax").decimalValue().setScale(2)))
        .containsExactly("4 61.00 2.44", "8 150.00 12.00");

    UUID id = UUID.fromString(order.get("id").asText());
    jobs.runDue(id);
    // the ERP gets the tax and the charges beside the lines' net
    assertThat(io.podesk.support.TestInfrastructure.erpFolder().resolve("northwind/" + poNumber + ".json")).content()
        .contains("\"total\" : 186.00").contains("\"tax\" : 14.44").contains("\"freight\" : 25.00")
        .contains("\"discountPercent\" : 0");
    assertThat(new ErpEvents(port).send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", "
        + "\"company\": \"northwind\", \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"GLV-100\", "
        + "\"quantity\": 10}, {\"sku\": \"BRG-6204\", \"quantity\": 4}]}").statusCode()).isEqualTo(200);
    jobs.runDue(id);
    JsonNode invoice = api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("invoices").get(0);
    // the first invoice carries the freight: 61.00 at 4 % = 2.44, 50.00 + 25.00 at 8 % = 6.00
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("144.44");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.get("nwbuyer", invoice.get("href").asText()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Tax 4 % on 61.00: 2.44").contains("Tax 8 % on 75.00: 6.00").contains("tax 4 %")
          .contains("Freight: 25.00").contains("Net 136.00   Tax 8.44   Total 144.44 USD");
    }
  }

  @Test
  void anotherCountryHasItsOwnRatesAndAnUnknownOneTheDefaultRate() {
    JsonNode germany = submit("nwbuyer", Orders.northwindPoNumber(), "DE");
    // 61.00 at 7 % = 4.27, 125.00 + 25.00 freight at 19 % = 28.50
    assertThat(germany.get("tax").decimalValue()).isEqualByComparingTo("32.77");

    JsonNode japan = submit("nwbuyer", Orders.northwindPoNumber(), "JP");
    // no rate for JP in the table: the configured default of 8 % for every class, freight included (211.00)
    assertThat(japan.get("tax").decimalValue()).isEqualByComparingTo("16.88");
  }

  @Test
  void aValidExemptionCertificateMakesTheOrderTaxFreeAndAnExpiredOneDoesNot() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode globex = (ObjectNode) api.get("admin", "/api/admin/companies/globex").json();
    String before = globex.toString();
    try {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      globex.set("taxExemption", mapper.readTree("{\"certificate\": \"EX-77\", \"expiresOn\": \""
          + today.plusDays(30) + "\"}"));
      assertThat(api.send("PUT", "admin", "/api/admin/companies/globex", globex.toString()).status()).isEqualTo(200);
      JsonNode exempt = submit("globexbuyer", null, "US");
      assertThat(exempt.get("tax").decimalValue()).isEqualByComparingTo("0");
      assertThat(exempt.get("gross").decimalValue()).isEqualByComparingTo(exempt.get("net").decimalValue());
      assertThat(exempt.get("taxNote").asText()).isEqualTo("Tax exempt: certificate EX-77, valid until "
          + today.plusDays(30));

      globex.set("taxExemption", mapper.readTree("{\"certificate\": \"EX-77\", \"expiresOn\": \""
          + today.minusDays(1) + "\"}"));
      assertThat(api.send("PUT", "admin", "/api/admin/companies/globex", globex.toString()).status()).isEqualTo(200);
      JsonNode expired = submit("globexbuyer", null, "US");
      assertThat(expired.get("tax").decimalValue()).isGreaterThan(java.math.BigDecimal.ZERO);
      assertThat(expired.has("taxNote")).isFalse();
    } finally {
      api.send("PUT", "admin", "/api/admin/companies/globex", before);
    }
  }

  @Test
  void theAdminManagesTheTaxTableAndABadRateIsRefusedFieldByField() {
    var refused = api.postJson("admin", "/api/admin/tax-rates", """
        {"taxClass": "", "country": "France", "ratePercent": "120", "validFrom": "2026-02-01",
         "validTo": "2026-01-01"}""");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())).containsExactly("taxClass", "country", "ratePercent", "validTo");
    assertThat(api.postJson("nwbuyer", "/api/admin/tax-rates", "{}").status()).isEqualTo(403);

    var added = api.postJson("admin", "/api/admin/tax-rates", """
        {"taxClass": "standard", "country": "fr", "ratePercent": "20", "validFrom": "2026-01-01"}""");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("country").asText()).isEqualTo("FR");
    try {
      JsonNode france = submit("nwbuyer", Orders.northwindPoNumber(), "FR");
      // the gloves' class has no rate in FR: the default 8 % (4.88); bearings and freight 20 % (25.00 + 5.00)
      assertThat(france.get("tax").decimalValue()).isEqualByComparingTo("34.88");
      assertThat(api.get("admin", "/api/admin/tax-rates").body()).contains("\"country\":\"FR\"");
    } finally {
      assertThat(api.send("DELETE", "admin", "/api/admin/tax-rates/" + added.json().get("id").asText(), null)
          .status()).isEqualTo(204);
    }
    assertThat(api.get("admin", "/api/admin/tax-rates").body()).doesNotContain("\"country\":\"FR\"");
  }

  @Test
  void largeOrdersGetTheDiscountSmallOnesPayHandlingAndTheRulesAreTheAdmins() {
    // 60 × 85.00 = 5,100.00: 2 % off (102.00), no freight from 500 on
    var large = api.postJson("nwbuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [{"sku": "VLV-200", "quantity": 60, "unitPrice": "85.00"}],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Dallas", "postalCode": "75201",
                    "country": "US"}}""".formatted(Orders.northwindPoNumber()));
    assertThat(large.status()).as(large.body()).isEqualTo(201);
    assertThat(large.json().get("discountPercent").decimalValue()).isEqualByComparingTo("2");
    assertThat(large.json().get("discount").decimalValue()).isEqualByComparingTo("102.00");
    assertThat(large.json().get("freight").decimalValue()).isEqualByComparingTo("0");
    assertThat(large.json().get("net").decimalValue()).isEqualByComparingTo("4998.00");
    assertThat(large.json().get("tax").decimalValue()).isEqualByComparingTo("399.84");
    assertThat(large.json().get("gross").decimalValue()).isEqualByComparingTo("5397.84");

    // 2 × 12.50 = 25.00: 25.00 freight and 10.00 handling, taxed at 8 %
    var small = api.postJson("nwbuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [{"sku": "BRG-6204", "quantity": 2, "unitPrice": "12.50"}],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Dallas", "postalCode": "75201",
                    "country": "US"}}""".formatted(Orders.northwindPoNumber()));
    assertThat(small.json().get("handling").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(small.json().get("net").decimalValue()).isEqualByComparingTo("60.00");
    assertThat(small.json().get("gross").decimalValue()).isEqualByComparingTo("64.80");

    String rules = api.get("admin", "/api/admin/order-charges").body();
    assertThat(rules).contains("\"freight\":25.00").contains("\"discountPercent\":2");
    var refused = api.send("PUT", "admin", "/api/admin/order-charges", """
        {"currency": "XXX", "freight": "-1", "discountPercent": "100", "handlingFee": "1.234"}""");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())).containsExactly("currency", "freight", "handlingFee", "discountPercent");
    assertThat(api.send("PUT", "nwbuyer", "/api/admin/order-charges", rules).status()).isEqualTo(403);
    try {
      assertThat(api.send("PUT", "admin", "/api/admin/order-charges", """
          {"currency": "USD", "freight": "0", "handlingFee": "0", "discountPercent": "0"}""").status())
          .isEqualTo(200);
      var none = submit("nwbuyer", Orders.northwindPoNumber(), "US");
      assertThat(none.get("freight").decimalValue()).isEqualByComparingTo("0");
      assertThat(none.get("net").decimalValue()).isEqualByComparingTo("186.00");
    } finally {
      assertThat(api.send("PUT", "admin", "/api/admin/order-charges", rules).status()).isEqualTo(200);
    }
  }

  private JsonNode submit(String buyer, String poNumber, String country) {
    var created = api.postJson(buyer, "/api/purchase-orders", """
        {"poNumber": %s, "currency": "USD", "lines": [
          {"sku": "GLV-100", "quantity": 10, "unitPrice": "%s"},
          {"sku": "BRG-6204", "quantity": 10, "unitPrice": "12.50"}],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Somewhere", "postalCode": "10115",
                    "country": "%s"}}
        """.formatted(poNumber == null ? "null" : "\"" + poNumber + "\"",
        "nwbuyer".equals(buyer) ? "6.10" : "6.40", country));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }
}
