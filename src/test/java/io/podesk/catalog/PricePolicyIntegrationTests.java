package io.podesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.CatalogIntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The company's price policy at intake, with the demo catalog and the demo companies' policies: Northwind refuses a
 * line beyond 5 % or off the catalog (naming the line and the expected price, storing nothing), ACME sends any
 * variance to a sales manager whatever the total, Globex accepts within 2 % and flags beyond. The flag is the
 * order's, read by the routing table from the database: a process variable written through {@code /engine-rest}
 * does not change it.
 */
@CatalogIntegrationTest
class PricePolicyIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void northwindRefusesALineBeyondFivePercentNamingTheLineAndTheExpectedPriceAndStoresNothing() {
    String poNumber = Orders.northwindPoNumber();
    var refused = api.postJson("nwbuyer", "/api/purchase-orders", order(poNumber,
        line("GLV-100", 10, "6.40"), line("BRG-6204", 10, "13.50")));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("detail").asText()).contains("1 line(s) off the catalog")
        .contains("Northwind Health orders at catalog prices (within 5 %)");
    JsonNode errors = refused.json().get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo("lines[1].unitPrice");
    assertThat(errors.get(0).get("message").asText()).startsWith("line 2 BRG-6204: unit price 13.5 is 8 % above")
        .contains("expected unit price 12.5 USD");
    assertThat(ordersNumbered(poNumber)).isZero();

    // off the catalog altogether: an unknown SKU, a quantity not in whole packs
    var offCatalog = api.postJson("nwbuyer", "/api/purchase-orders", order(poNumber,
        line("ZZZ-1", 1, "1.00"), line("VLV-300", 3, "210.00")));
    assertThat(offCatalog.status()).as(offCatalog.body()).isEqualTo(400);
    assertThat(StreamSupport.stream(offCatalog.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText() + " " + e.get("message").asText())).containsExactly(
            "lines[0].sku line 1: SKU ZZZ-1 is not in the catalog",
            "lines[1] line 2 VLV-300: quantity not a whole number of packs of 2 (expected unit price 210 USD)");
    assertThat(ordersNumbered(poNumber)).isZero();

    // within 5 % of the contract price of 6.10: taken, with the variance recorded and no sales manager
    var accepted = api.postJson("nwbuyer", "/api/purchase-orders", order(poNumber, line("GLV-100", 10, "6.40")));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(accepted.json().get("lines").get(0).get("catalogIssue").asText())
        .isEqualTo("unit price 6.4 is 4.92 % above the catalog price 6.1 USD");
    UUID id = UUID.fromString(accepted.json().get("id").asText());
    assertThat(flagged(id)).isFalse();
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");

    // a revision is checked the same way, and a refused one leaves the order as it was
    var revision = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions", order(poNumber,
        line("GLV-100", 20, "5.00")));
    assertThat(revision.status()).as(revision.body()).isEqualTo(400);
    assertThat(revision.json().get("errors").get(0).get("message").asText())
        .contains("expected unit price 6.1 USD");
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("revision").asInt()).isEqualTo(1);
  }

  @Test
  void acmeSendsAnyVarianceToASalesManagerWhateverTheTotalAndEngineRestCannotUnflagIt() {
    UUID atCatalogPrice = acmeOrder(line("BRG-6204", 2, "12.50"));
    assertThat(flagged(atCatalogPrice)).isFalse();
    jobs.runDue(atCatalogPrice);
    assertThat(status(atCatalogPrice)).as("25.00 at the catalog price is approved automatically")
        .isEqualTo("SENT_TO_ERP");

    UUID offPrice = acmeOrder(line("BRG-6204", 2, "12.60"));
    assertThat(flagged(offPrice)).isTrue();
    // someone with engine access tries to clear the variance before the order is routed
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(offPrice.toString())
        .singleResult().getId();
    var rewrite = api.postJson("admin", "/engine-rest/process-instance/" + instance + "/variables", """
        {"modifications": {"priceVariance": {"value": false, "type": "Boolean"},
                           "priceFlagged": {"value": false, "type": "Boolean"}}}""");
    assertThat(rewrite.status()).as(rewrite.body()).isIn(204, 400, 403);
    // and past the REST API's own rules, through the Java API: the variables are written, the flag stays the order's
    runtime.setVariable(instance, "priceVariance", false);
    runtime.setVariable(instance, "priceFlagged", false);
    assertThat(runtime.getVariable(instance, "priceVariance")).isEqualTo(false);
    jobs.runDue(offPrice);

    assertThat(status(offPrice)).isEqualTo("PENDING_APPROVAL");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(offPrice.toString()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
        .filter(java.util.Objects::nonNull)).containsExactly("salesmanagers");
    JsonNode order = api.get("acmebuyer", "/api/purchase-orders/" + offPrice).json();
    assertThat(order.get("priceVariances").get(0).get("sku").asText()).isEqualTo("BRG-6204");
    // the buyer cannot reach the engine at all
    assertThat(api.postJson("acmebuyer", "/engine-rest/process-instance/" + instance + "/variables",
        "{\"modifications\": {}}").status()).isIn(401, 403);
  }

  @Test
  void globexAcceptsWithinTwoPercentAndFlagsBeyond() {
    var within = api.postJson("globexbuyer", "/api/purchase-orders", order(null, line("BRG-6204", 4, "12.70")));
    assertThat(within.status()).as(within.body()).isEqualTo(201);
    assertThat(within.json().get("lines").get(0).get("catalogIssue").asText())
        .isEqualTo("unit price 12.7 is 1.6 % above the catalog price 12.5 USD");
    assertThat(flagged(UUID.fromString(within.json().get("id").asText()))).isFalse();

    var beyond = api.postJson("globexbuyer", "/api/purchase-orders", order(null, line("BRG-6204", 4, "12.90")));
    assertThat(beyond.status()).as(beyond.body()).isEqualTo(201);
    assertThat(flagged(UUID.fromString(beyond.json().get("id").asText()))).isTrue();
    var unknown = api.postJson("globexbuyer", "/api/purchase-orders", order(null, line("ZZZ-9", 1, "1.00")));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(201);
    assertThat(flagged(UUID.fromString(unknown.json().get("id").asText()))).isTrue();
  }

  private UUID acmeOrder(String line) {
    var created = api.postJson("acmebuyer", "/api/purchase-orders", order(Orders.acmePoNumber(), line));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage());
    return id;
  }

  private static String order(String poNumber, String... lines) {
    return """
        {"poNumber": %s, "currency": "USD", "lines": [%s],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Dallas", "postalCode": "75201",
                    "country": "US"}}
        """.formatted(poNumber == null ? "null" : "\"" + poNumber + "\"", String.join(", ", List.of(lines)));
  }

  private static String line(String sku, int quantity, String unitPrice) {
    return """
        {"sku": "%s", "quantity": %d, "unitPrice": "%s"}""".formatted(sku, quantity, unitPrice);
  }

  private boolean flagged(UUID id) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select price_flagged from purchase_orders where id = ?",
        Boolean.class, id));
  }

  private int ordersNumbered(String poNumber) {
    return jdbc.queryForObject("select count(*) from purchase_orders where po_number = ?", Integer.class, poNumber);
  }

  private String status(UUID id) {
    return api.get("admin", "/api/purchase-orders/" + id).json().get("status").asText();
  }
}
