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
    // 10 × 6.10 at 4 % (gloves, reduced) and 10 × 12.50 at 8 % (standard)
    assertThat(order.get("net").decimalValue()).isEqualByComparingTo("186.00");
    assertThat(order.get("tax").decimalValue()).isEqualByComparingTo("12.44");
    assertThat(order.get("gross").decimalValue()).isEqualByComparingTo("198.44");
    assertThat(StreamSupport.stream(order.get("taxBreakdown").spliterator(), false)
        .map(r -> r.get("percent").decimalValue().stripTrailingZeros().toPlainString() + " "
            + r.get("net").decimalValue().setScale(2) + " " + r.get("tax").decimalValue().setScale(2)))
        .containsExactly("4 61.00 2.44", "8 125.00 10.00");

    UUID id = UUID.fromString(order.get("id").asText());
    jobs.runDue(id);
    assertThat(new ErpEvents(port).send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", "
        + "\"company\": \"northwind\", \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"GLV-100\", "
        + "\"quantity\": 10}, {\"sku\": \"BRG-6204\", \"quantity\": 4}]}").statusCode()).isEqualTo(200);
    jobs.runDue(id);
    JsonNode invoice = api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("invoices").get(0);
    // 61.00 at 4 % = 2.44, 50.00 at 8 % = 4.00
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("117.44");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.get("nwbuyer", invoice.get("href").asText()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Tax 4 % on 61.00: 2.44").contains("Tax 8 % on 50.00: 4.00").contains("tax 4 %")
          .contains("Net 111.00   Tax 6.44   Total 117.44 USD");
    }
  }

  @Test
  void anotherCountryHasItsOwnRatesAndAnUnknownOneTheDefaultRate() {
    JsonNode germany = submit("nwbuyer", Orders.northwindPoNumber(), "DE");
    // 61.00 at 7 % = 4.27, 125.00 at 19 % = 23.75
    assertThat(germany.get("tax").decimalValue()).isEqualByComparingTo("28.02");

    JsonNode japan = submit("nwbuyer", Orders.northwindPoNumber(), "JP");
    // no rate for JP in the table: the configured default of 8 % for every class
    assertThat(japan.get("tax").decimalValue()).isEqualByComparingTo("14.88");
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
      // the gloves' class has no rate in FR: the default 8 % (4.88); the bearings 20 % (25.00)
      assertThat(france.get("tax").decimalValue()).isEqualByComparingTo("29.88");
      assertThat(api.get("admin", "/api/admin/tax-rates").body()).contains("\"country\":\"FR\"");
    } finally {
      assertThat(api.send("DELETE", "admin", "/api/admin/tax-rates/" + added.json().get("id").asText(), null)
          .status()).isEqualTo(204);
    }
    assertThat(api.get("admin", "/api/admin/tax-rates").body()).doesNotContain("\"country\":\"FR\"");
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
