package io.podesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.CatalogIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalog through its admin API: products checked field by field and audited, price lists with one base list,
 * and the price that applies: a contract price beats the base price, quantity breaks and validity dates apply, and
 * another currency is converted from the base list.
 */
@CatalogIntegrationTest
class CatalogIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void theContractPriceBeatsTheBasePriceAndQuantityBreaksAndDatesApply() {
    assertThat(quote("northwind", "GLV-100", "10", "USD", null).get("unitPrice").decimalValue())
        .isEqualByComparingTo("6.10");
    assertThat(quote("northwind", "GLV-100", "10", "USD", null).get("priceList").asText()).isEqualTo("northwind");
    assertThat(quote("acme", "GLV-100", "10", "USD", null).get("unitPrice").decimalValue())
        .isEqualByComparingTo("6.40");
    assertThat(quote("acme", "BRG-6204", "99", "USD", null).get("unitPrice").decimalValue())
        .isEqualByComparingTo("12.50");
    assertThat(quote("acme", "BRG-6204", "100", "USD", null).get("unitPrice").decimalValue())
        .isEqualByComparingTo("11.90");
    // no EUR list: the base price converted at the configured rate (1 EUR = 1.08 USD)
    JsonNode euro = quote("acme", "VLV-200", "1", "EUR", null);
    assertThat(euro.get("unitPrice").decimalValue()).isEqualByComparingTo("78.70");
    assertThat(euro.get("source").asText()).contains("converted from USD");

    // a new product with a price from next month only, and an older one that ended yesterday
    String sku = "TST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(api.send("PUT", "admin", "/api/admin/products/" + sku, product("Test part")).status()).isEqualTo(201);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(addPrice("base", sku, "1", "9.00", today.minusDays(30), today.minusDays(1)).status()).isEqualTo(201);
    assertThat(addPrice("base", sku, "1", "10.00", today.plusDays(30), null).status()).isEqualTo(201);
    assertThat(api.get("admin", quotePath("acme", null, sku, "1", "USD", null)).status()).isEqualTo(404);
    assertThat(quote("acme", sku, "1", "USD", today.minusDays(5)).get("unitPrice").decimalValue())
        .isEqualByComparingTo("9.00");
    assertThat(quote("acme", sku, "1", "USD", today.plusDays(31)).get("unitPrice").decimalValue())
        .isEqualByComparingTo("10.00");
    // a customer-group list beats the base list, the company's own list beats the group's
    String group = "grp" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(api.send("PUT", "admin", "/api/admin/price-lists/" + group, """
        {"name": "Group prices", "currency": "USD", "customerGroup": "%s"}""".formatted(group)).status())
        .isEqualTo(201);
    assertThat(addPrice(group, "GLV-100", "1", "6.20", today.minusDays(1), null).status()).isEqualTo(201);
    assertThat(api.get("admin", quotePath("globex", group, "GLV-100", "1", "USD", null)).json().get("unitPrice")
        .decimalValue()).isEqualByComparingTo("6.20");
    assertThat(api.get("admin", quotePath("northwind", group, "GLV-100", "1", "USD", null)).json()
        .get("unitPrice").decimalValue()).as("the company's own list first").isEqualByComparingTo("6.10");
  }

  @Test
  void eachSubmittedLineKeepsTheCatalogPriceThatAppliedAndWhatWasWrong() {
    // ACME flags what is off the catalog (to a sales manager) rather than refusing it
    var created = api.postJson("acmebuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [
          {"sku": "GLV-100", "quantity": 10, "unitPrice": "6.50"},
          {"sku": "BRG-6204", "quantity": 100, "unitPrice": "11.90"},
          {"sku": "VLV-300", "quantity": 3, "unitPrice": "210.00"},
          {"sku": "ZZZ-1", "quantity": 1, "unitPrice": "1.00"}]}
        """.formatted(io.podesk.support.Orders.acmePoNumber()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode lines = created.json().get("lines");

    assertThat(lines.get(0).get("expectedUnitPrice").decimalValue()).isEqualByComparingTo("6.40");
    assertThat(lines.get(0).get("priceSource").asText()).isEqualTo("base price list base");
    assertThat(lines.get(0).get("catalogIssue").asText())
        .isEqualTo("unit price 6.5 is 1.56 % above the catalog price 6.4 USD");
    assertThat(lines.get(1).get("expectedUnitPrice").decimalValue()).isEqualByComparingTo("11.90");
    assertThat(lines.get(1).get("priceSource").asText()).isEqualTo("base price list base from 100 units");
    assertThat(lines.get(1).has("catalogIssue")).isFalse();
    assertThat(lines.get(2).get("catalogIssue").asText()).isEqualTo("quantity not a whole number of packs of 2");
    assertThat(lines.get(3).get("catalogIssue").asText()).isEqualTo("SKU ZZZ-1 is not in the catalog");
    assertThat(lines.get(3).has("expectedUnitPrice")).isFalse();
    assertThat(StreamSupport.stream(created.json().get("priceVariances").spliterator(), false)
        .map(v -> v.get("line").asInt() + ":" + v.get("sku").asText())).containsExactly("0:GLV-100", "3:ZZZ-1");

    // the approver's form reads the same: the catalog price beside the given one, and the catalog's finding
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(created.json().get("id")
        .asText()).singleResult().getId();
    String linesVariable = String.valueOf(runtime.getVariable(instance, "lines"));
    assertThat(linesVariable).contains("\"expectedUnitPrice\":\"6.4\"")
        .contains("1.56 % above the catalog price 6.4 USD").contains("SKU ZZZ-1 is not in the catalog");

    var page = io.podesk.support.WebSession.loggedIn(port, "acmebuyer").get("/portal/orders/"
        + created.json().get("id").asText());
    assertThat(page.body()).contains("Catalog price").contains("1.56 % above the catalog price 6.4 USD")
        .contains("SKU ZZZ-1 is not in the catalog");
  }

  @Test
  void aBuyerSearchesTheCatalogAtTheirOwnCompanysPricesAndSeesNoInactiveProduct() throws Exception {
    String retired = "OLD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(api.send("PUT", "admin", "/api/admin/products/" + retired, """
        {"name": "Nitrile gloves, retired", "category": "safety", "unit": "box", "taxClass": "standard",
         "active": false, "packSize": 1, "minOrderQuantity": 1}""").status()).isEqualTo(201);

    var northwind = io.podesk.support.WebSession.loggedIn(port, "nwbuyer").get("/portal/catalog?q=nitrile");
    assertThat(northwind.statusCode()).isEqualTo(200);
    JsonNode picks = new ObjectMapper().readTree(northwind.body());
    assertThat(StreamSupport.stream(picks.spliterator(), false).map(p -> p.get("sku").asText()))
        .contains("GLV-100", "GLV-200").doesNotContain(retired);
    JsonNode gloves = StreamSupport.stream(picks.spliterator(), false)
        .filter(p -> p.get("sku").asText().equals("GLV-100")).findFirst().orElseThrow();
    assertThat(gloves.get("unitPrice").decimalValue()).isEqualByComparingTo("6.10");
    JsonNode acme = new ObjectMapper().readTree(io.podesk.support.WebSession.loggedIn(port, "acmebuyer")
        .get("/portal/catalog?q=GLV-100").body());
    assertThat(acme.get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("6.40");
    assertThat(io.podesk.support.WebSession.loggedIn(port, "salesmanager").get("/portal/catalog?q=glv")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void productsAreCheckedFieldByFieldAuditedAndOnlyForAdmins() {
    var bad = api.send("PUT", "admin", "/api/admin/products/bad%20sku", """
        {"name": "", "category": "x", "unit": "each", "taxClass": "Standard Rate!", "packSize": -1,
         "minOrderQuantity": 0.0001}""");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad.json())).containsExactlyInAnyOrder("sku", "name", "taxClass", "packSize",
        "minOrderQuantity");
    assertThat(api.send("PUT", "nwbuyer", "/api/admin/products/GLV-100", product("Mine")).status()).isEqualTo(403);
    assertThat(api.postJson("admin", "/api/admin/products", """
        {"sku": "GLV-100", "name": "Again", "category": "safety", "unit": "box", "taxClass": "standard",
         "packSize": 1, "minOrderQuantity": 1}""").status()).isEqualTo(409);

    String sku = "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(api.send("PUT", "admin", "/api/admin/products/" + sku, product("First name")).status())
        .isEqualTo(201);
    assertThat(api.send("PUT", "admin", "/api/admin/products/" + sku, product("First name")).status())
        .as("unchanged").isEqualTo(200);
    assertThat(api.send("PUT", "admin", "/api/admin/products/" + sku, product("Second name")).status())
        .isEqualTo(200);
    assertThat(jdbc.queryForList("select type from audit_events where subject_kind = 'PRODUCT' and subject_id = ?"
        + " order by occurred_at", String.class, sku)).containsExactly("CREATED", "CHANGED");
    assertThat(api.get("admin", "/api/admin/products?q=" + sku.toLowerCase()).json().get("products").get(0)
        .get("name").asText()).isEqualTo("Second name");
  }

  @Test
  void priceListsKeepOneBaseListAndRefuseBadPrices() {
    assertThat(api.send("PUT", "admin", "/api/admin/price-lists/second-base", """
        {"name": "Another base", "currency": "USD"}""").status()).isEqualTo(409);
    var bad = api.send("PUT", "admin", "/api/admin/price-lists/X", """
        {"name": "Bad", "currency": "XYZ", "company": "nosuchcompany"}""");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad.json())).containsExactlyInAnyOrder("code", "currency", "company");
    var badPrice = api.postJson("admin", "/api/admin/price-lists/base/prices", """
        {"sku": "NOPE-1", "unitPrice": -1, "minQuantity": 0, "validFrom": "2026-05-01", "validTo": "2026-04-01"}""");
    assertThat(badPrice.status()).isEqualTo(400);
    assertThat(fields(badPrice.json())).containsExactlyInAnyOrder("sku", "unitPrice", "minQuantity", "validTo");
    assertThat(addPrice("base", "GLV-100", "1", "6.40", LocalDate.of(2026, 1, 1), null).status())
        .as("the same break and start twice").isEqualTo(409);
  }

  @Test
  void productsByCsvADryRunListsErrorsAndAGoodImportTwiceCreatesOnce() throws Exception {
    String first = "CSV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String second = "CSV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String header = String.join(",", ProductCsv.COLUMNS);
    String bad = header + "\n" + first + ",Part one,parts,each,standard,true,1,1\n"
        + "bad sku,Part,parts,each,standard,maybe,x,1\n" + first + ",Again,parts,each,standard,true,1,1\n";
    HttpResponse<String> dryRun = post(bad, true);
    assertThat(dryRun.statusCode()).isEqualTo(200);
    JsonNode report = new ObjectMapper().readTree(dryRun.body());
    assertThat(StreamSupport.stream(report.get("errors").spliterator(), false)
        .map(e -> e.get("row").asInt() + ":" + e.get("column").asText()))
        .containsExactlyInAnyOrder("3:sku", "3:active", "3:pack_size", "4:sku");
    assertThat(post(bad, false).statusCode()).isEqualTo(400);
    assertThat(api.get("admin", "/api/admin/products/" + first).status()).as("nothing stored").isEqualTo(404);

    String good = header + "\n" + first + ",Part one,parts,each,standard,true,1,1\n"
        + second + ",Part two,parts,box,reduced,true,6,12\n";
    assertThat(post(good, false).body()).contains("\"created\":[\"" + first + "\",\"" + second + "\"]");
    assertThat(post(good, false).body()).contains("\"unchanged\":[\"" + first + "\",\"" + second + "\"]");
    assertThat(api.get("admin", "/api/admin/products/" + second).json().get("minOrderQuantity").decimalValue())
        .isEqualByComparingTo("12");
    String exported = api.get("admin", "/api/admin/products.csv").body();
    assertThat(exported).startsWith(header).contains(second + ",Part two,parts,box,reduced,true,6,12");
  }

  private JsonNode quote(String company, String sku, String quantity, String currency, LocalDate date) {
    var response = api.get("admin", quotePath(company, null, sku, quantity, currency, date));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static String quotePath(String company, String group, String sku, String quantity, String currency,
      LocalDate date) {
    return "/api/admin/price-quote?company=" + company + (group == null ? "" : "&customerGroup=" + group) + "&sku="
        + sku + "&quantity=" + quantity + "&currency=" + currency + (date == null ? "" : "&date=" + date);
  }

  private Api.Response addPrice(String list, String sku, String min, String price, LocalDate from, LocalDate to) {
    return api.postJson("admin", "/api/admin/price-lists/" + list + "/prices", """
        {"sku": "%s", "minQuantity": %s, "unitPrice": %s, "validFrom": "%s"%s}""".formatted(sku, min, price, from,
        to == null ? "" : ", \"validTo\": \"" + to + "\""));
  }

  private static String product(String name) {
    return """
        {"name": "%s", "category": "parts", "unit": "each", "taxClass": "standard", "packSize": 1,
         "minOrderQuantity": 1}""".formatted(name);
  }

  private static List<String> fields(JsonNode problem) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
        .distinct().toList();
  }

  private HttpResponse<String> post(String csv, boolean dryRun) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/admin/products/import?dryRun=" + dryRun))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(
            StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
