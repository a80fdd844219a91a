package io.podesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Suppliers and their catalogs through the admin API (issue 15, first slice): defaults (acknowledgement within 24
 * hours, backorders kept open, quantity +0 %/−100 %, price +2 % or 1.00), every field checked with nothing stored
 * on a refusal, a code used once, catalog entries added and replaced per SKU and first day, each change audited,
 * and only the admin allowed.
 */
@IntegrationTest
class SupplierAdminIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void aSupplierTakesTheDefaultsItsCodeOnceAndOnlyFromTheAdmin() {
    String code = "sup" + UUID.randomUUID().toString().substring(0, 6);
    var created = api.postJson("admin", "/api/admin/suppliers", """
        {"code": "%s", "name": "Bearing Co", "email": "orders@bearco.example", "currency": "usd",
         "paymentTerms": {"type": "NET", "days": 30}}""".formatted(code));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode supplier = api.get("admin", "/api/admin/suppliers/" + code).json();
    assertThat(supplier.get("currency").asText()).isEqualTo("USD");
    assertThat(supplier.get("ackSlaHours").asInt()).isEqualTo(24);
    assertThat(supplier.get("backorderPolicy").asText()).isEqualTo("KEEP_OPEN");
    JsonNode tolerances = supplier.get("tolerances");
    assertThat(tolerances.get("quantityOverPercent").decimalValue()).isEqualByComparingTo("0");
    assertThat(tolerances.get("quantityUnderPercent").decimalValue()).isEqualByComparingTo("100");
    assertThat(tolerances.get("priceOverPercent").decimalValue()).isEqualByComparingTo("2");
    assertThat(tolerances.get("priceOverAbsolute").decimalValue()).isEqualByComparingTo("1.00");

    assertThat(api.postJson("admin", "/api/admin/suppliers", """
        {"code": "%s", "name": "Again", "email": "a@b.example", "currency": "USD",
         "paymentTerms": {"type": "NET", "days": 30}}""".formatted(code)).status()).isEqualTo(409);
    assertThat(api.postJson("purchaser", "/api/admin/suppliers", "{}").status()).isIn(401, 403);
    assertThat(api.postJson("nwbuyer", "/api/admin/suppliers", "{}").status()).isEqualTo(403);

    var changed = api.send("PUT", "admin", "/api/admin/suppliers/" + code, """
        {"name": "Bearing Co Ltd", "email": "orders@bearco.example", "currency": "USD",
         "paymentTerms": {"type": "END_OF_MONTH", "days": 30}, "ackSlaHours": 48,
         "backorderPolicy": "CANCEL_REMAINDER", "tolerances": {"priceOverPercent": 5, "priceOverAbsolute": null,
         "quantityOverPercent": 10}}""");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("paymentTerms").get("type").asText()).isEqualTo("END_OF_MONTH");
    assertThat(changed.json().get("tolerances").get("priceOverPercent").decimalValue()).isEqualByComparingTo("5");
    assertThat(changed.json().get("tolerances").hasNonNull("priceOverAbsolute")).as("the percentage alone").isFalse();
    assertThat(jdbc.queryForObject("select count(*) from audit_events where subject_kind = 'SUPPLIER' and "
        + "subject_id = ?", Integer.class, code)).isEqualTo(2);
  }

  @Test
  void aBadSupplierIsRefusedFieldByFieldAndNothingIsStored() {
    var refused = api.postJson("admin", "/api/admin/suppliers", """
        {"code": "Bad Code!", "name": "", "email": "nope", "currency": "XXX",
         "paymentTerms": {"type": "NET"}, "ackSlaHours": 0, "tolerances": {"priceOverPercent": -1}}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).contains("application/problem+json");
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())).containsExactly("code", "name", "email", "currency", "paymentTerms",
            "ackSlaHours", "tolerances.priceOverPercent");
    assertThat(jdbc.queryForObject("select count(*) from suppliers where name = ''", Integer.class)).isZero();
  }

  @Test
  void catalogEntriesAreAddedAndReplacedPerSkuAndFirstDay() {
    String code = "cat" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(api.postJson("admin", "/api/admin/suppliers", """
        {"code": "%s", "name": "Glove Co", "email": "orders@gloveco.example", "currency": "USD",
         "paymentTerms": {"type": "NET", "days": 45}}""".formatted(code)).status()).isEqualTo(201);

    var added = api.send("PUT", "admin", "/api/admin/suppliers/" + code + "/catalog/GLV-100", """
        {"price": "4.10", "validFrom": "2026-01-01", "minOrderQuantity": 100, "packSize": 10, "leadTimeDays": 14,
         "tolerances": {"priceOverPercent": 0, "priceOverAbsolute": null}}""");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    var replaced = api.send("PUT", "admin", "/api/admin/suppliers/" + code + "/catalog/GLV-100", """
        {"price": "4.00", "validFrom": "2026-01-01", "minOrderQuantity": 100, "packSize": 10, "leadTimeDays": 12}""");
    assertThat(replaced.status()).isEqualTo(200);
    JsonNode catalog = api.get("admin", "/api/admin/suppliers/" + code + "/catalog").json();
    assertThat(catalog).hasSize(1);
    assertThat(catalog.get(0).get("price").decimalValue()).isEqualByComparingTo("4.00");
    assertThat(catalog.get(0).get("currency").asText()).as("the supplier's").isEqualTo("USD");
    assertThat(catalog.get(0).get("leadTimeDays").asInt()).isEqualTo(12);
    assertThat(catalog.get(0).hasNonNull("tolerances")).as("the supplier's again").isFalse();

    var refused = api.send("PUT", "admin", "/api/admin/suppliers/" + code + "/catalog/GLV-100", """
        {"price": "-1", "validFrom": "2026-02-01", "validTo": "2026-01-01", "minOrderQuantity": 0,
         "packSize": 0, "leadTimeDays": -2}""");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())).containsExactly("price", "validTo", "leadTimeDays", "minOrderQuantity",
            "packSize");
    assertThat(api.get("admin", "/api/admin/suppliers/nobody-" + code + "/catalog").status()).isEqualTo(404);
  }

  @Test
  void suppliersComeAndGoAsCsvAllRowsOrNone() throws Exception {
    String a = "csva" + UUID.randomUUID().toString().substring(0, 6);
    String b = "csvb" + UUID.randomUUID().toString().substring(0, 6);
    String header = String.join(",", SupplierCsv.COLUMNS) + "\n";
    String good = header
        + a + ",Alpha Parts,orders@alpha.example,USD,NET_30,24,KEEP_OPEN,,,,,,,true\n"
        + b + ",Beta Valves,orders@beta.example,EUR,EOM_30,48,CANCEL_REMAINDER,5,100,1,0.50,100,,true\n";
    String bad = good + "Bad!,,nope,XXX,NET_X,0,NEVER,,,,,,,maybe\n";

    var dryRun = csv(bad, true);
    assertThat(dryRun.statusCode()).isEqualTo(200);
    JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dryRun.body());
    assertThat(StreamSupport.stream(report.get("errors").spliterator(), false)
        .map(e -> e.get("row").asInt() + ":" + e.get("column").asText())).contains("4:code", "4:name", "4:email",
            "4:currency", "4:payment_terms", "4:backorder_policy", "4:active", "4:ack_sla_hours");
    assertThat(csv(bad, false).statusCode()).as("all rows or none").isEqualTo(400);
    assertThat(api.get("admin", "/api/admin/suppliers/" + a).status()).isEqualTo(404);

    var imported = csv(good, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"created\":[\"" + a + "\",\"" + b + "\"]");
    JsonNode beta = api.get("admin", "/api/admin/suppliers/" + b).json();
    assertThat(beta.get("paymentTerms").get("type").asText()).isEqualTo("END_OF_MONTH");
    assertThat(beta.get("tolerances").get("priceOverAbsolute").decimalValue()).isEqualByComparingTo("0.50");
    assertThat(csv(good, false).body()).as("the same file again").contains("\"unchanged\":[\"" + a + "\",\""
        + b + "\"]");

    String export = api.get("admin", "/api/admin/suppliers.csv").body();
    assertThat(export).startsWith(header.strip()).contains(b + ",Beta Valves,orders@beta.example,EUR,EOM_30,48,"
        + "CANCEL_REMAINDER,5,100,1,0.5,100,,true");
  }

  private java.net.http.HttpResponse<String> csv(String body, boolean dryRun) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + "/api/admin/suppliers/import?dryRun=" + dryRun))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePriceAllowanceIsTheSmallerOfThePercentageAndTheAmount() {
    Tolerances defaults = Tolerances.DEFAULT;
    assertThat(defaults.priceAllowedOver(new BigDecimal("30.00"))).isEqualByComparingTo("0.60");
    assertThat(defaults.priceAllowedOver(new BigDecimal("100.00"))).isEqualByComparingTo("1.00");
    assertThat(defaults.priceAllowedUnder(new BigDecimal("100.00"))).isEqualByComparingTo("100.00");
    assertThat(defaults.quantityAllowedOver(new BigDecimal("50"))).isEqualByComparingTo("0");
  }
}
