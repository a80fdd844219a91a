package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.CatalogIntegrationTest;
import io.podesk.support.Mailbox;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ERP's catalog master data: products and prices arrive as signed events, each at a version that only moves
 * forward; an older version arriving late changes nothing; a price for a SKU PO Desk does not have waits unmatched,
 * operations hear of it, and once the product exists the event is replayed.
 */
@CatalogIntegrationTest
class ErpCatalogEventsIntegrationTests {

  @LocalServerPort int port;
  Api api;
  ErpEvents erp;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    erp = new ErpEvents(port);
  }

  @Test
  void productsAndPricesKeepTheNewestVersionWhateverTheOrderTheyArriveIn() {
    String sku = "ERP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(erp.send(product(sku, 2, "Flange DN50, v2")).statusCode()).isEqualTo(200);
    var late = erp.send(product(sku, 1, "Flange DN50, v1"));
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("not newer than the stored 2");
    assertThat(api.get("admin", "/api/admin/products/" + sku).json().get("name").asText())
        .isEqualTo("Flange DN50, v2");
    assertThat(erp.send(product(sku, 3, "Flange DN50, v3")).statusCode()).isEqualTo(200);
    assertThat(api.get("admin", "/api/admin/products/" + sku).json().get("name").asText())
        .isEqualTo("Flange DN50, v3");

    // the base price, then Northwind's contract price, each with a late older version
    assertThat(erp.send(price(sku, 5, "40.00", null)).statusCode()).isEqualTo(200);
    assertThat(erp.send(price(sku, 4, "35.00", null)).body()).contains("not newer than the stored 5");
    assertThat(erp.send(price(sku, 7, "37.50", "northwind")).statusCode()).isEqualTo(200);
    assertThat(erp.send(price(sku, 6, "30.00", "northwind")).body()).contains("ignored");
    assertThat(quote("acme", sku)).isEqualTo("40.0");
    assertThat(quote("northwind", sku)).isEqualTo("37.5");
    assertThat(erp.send(price(sku, 8, "41.00", null)).statusCode()).isEqualTo(200);
    assertThat(quote("acme", sku)).isEqualTo("41.0");
  }

  @Test
  void aPriceForAnUnknownSkuWaitsAlertsOperationsAndIsReplayedOnceTheProductExists() {
    String sku = "NEW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String priceEvent = price(sku, 1, "12.00", null);
    String eventId = eventIdOf(priceEvent);

    var waiting = erp.send(priceEvent);

    assertThat(waiting.statusCode()).isEqualTo(202);
    assertThat(waiting.body()).contains("UNMATCHED").contains("No product with SKU " + sku);
    assertThat(api.get("admin", "/api/admin/erp-events?status=UNMATCHED").json())
        .anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(eventId));
    var alert = Mailbox.awaitMail("operations@podesk.example", "ERP event price.updated waits: No product with SKU "
        + sku);
    assertThat(Mailbox.body(alert)).contains("/api/admin/erp-events/" + eventId + "/replay");
    assertThat(api.post("admin", "/api/admin/erp-events/" + eventId + "/replay").json().get("status").asText())
        .as("still no product").isEqualTo("UNMATCHED");

    assertThat(erp.send(product(sku, 1, "New part")).statusCode()).isEqualTo(200);
    var replayed = api.post("admin", "/api/admin/erp-events/" + eventId + "/replay");

    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().get("status").asText()).isEqualTo("APPLIED");
    assertThat(quote("acme", sku)).isEqualTo("12.0");
    assertThat(api.post("admin", "/api/admin/erp-events/" + eventId + "/replay").status()).as("applied once")
        .isEqualTo(409);
    assertThat(api.post("nwbuyer", "/api/admin/erp-events/" + eventId + "/replay").status()).isEqualTo(403);
  }

  @Test
  void stockFromTheErpShowsOnThePoPageAndInTheCatalogPerLine() {
    String sku = "STK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(erp.send(product(sku, 1, "Stocked part")).statusCode()).isEqualTo(200);
    assertThat(erp.send(stock(sku, 2, "0", "2027-01-15")).statusCode()).isEqualTo(200);
    assertThat(erp.send(stock(sku, 1, "100", null)).body()).as("late and older").contains("ignored");
    assertThat(erp.send(stock("NOPE-" + sku, 1, "5", null)).statusCode()).as("unknown SKU waits").isEqualTo(202);

    // the product has no price yet: ACME takes the line, flagged for a sales manager (Northwind would refuse it)
    var created = api.postJson("acmebuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [{"sku": "%s", "quantity": 10, "unitPrice": "5.00"}]}
        """.formatted(io.podesk.support.Orders.acmePoNumber(), sku));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var buyer = io.podesk.support.WebSession.loggedIn(port, "acmebuyer");
    String page = "/portal/orders/" + created.json().get("id").asText();
    assertThat(buyer.get(page).body()).contains("Expected 2027-01-15");
    assertThat(buyer.get("/portal/catalog?q=" + sku).body()).contains("Expected 2027-01-15");

    assertThat(erp.send(stock(sku, 3, "500", null)).statusCode()).isEqualTo(200);
    assertThat(buyer.get(page).body()).contains("In stock").doesNotContain("Expected 2027-01-15");
  }

  @Test
  void customerDataAndCreditExposureFromTheErpKeepTheNewestVersion() {
    String code = "erp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    assertThat(api.postJson("admin", "/api/admin/companies", """
        {"code": "%s", "name": "ERP Co", "currency": "USD", "paymentTerms": {"type": "NET", "days": 30},
         "creditLimit": "10000", "customerGroup": "smb", "region": "NA", "risk": "low", "salesRep": "salesrep"}
        """.formatted(code)).status()).isEqualTo(201);

    assertThat(erp.send(customer(code, 2, "ERP Co Ltd", "30000", 20)).statusCode()).isEqualTo(200);
    assertThat(erp.send(customer(code, 1, "ERP Co (old)", "5000", 10)).body()).contains("ignored");
    var company = api.get("admin", "/api/admin/companies/" + code).json();
    assertThat(company.get("name").asText()).isEqualTo("ERP Co Ltd");
    assertThat(company.get("creditLimit").decimalValue()).isEqualByComparingTo("30000");
    assertThat(company.get("paymentTerms").get("days").asInt()).isEqualTo(20);
    assertThat(erp.send(customer("nosuch" + code, 1, "Nobody", "1", 10)).statusCode()).isEqualTo(202);

    var credit = erp.send("""
        {"id": "%s", "type": "credit.updated", "version": 4, "company": "%s", "exposure": "12500.50",
         "currency": "USD"}""".formatted(UUID.randomUUID(), code));
    assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
    assertThat(credit.body()).contains("Credit exposure of " + code + ": 12500.50 USD at version 4");
  }

  @Test
  void aBadProductEventIsRefusedNamingTheField() {
    var bad = erp.send("""
        {"id": "%s", "type": "product.upserted", "version": -1, "sku": "X-1", "name": "X", "category": "c",
         "unit": "each", "taxClass": "standard"}""".formatted(UUID.randomUUID()));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("version");
  }

  private String quote(String company, String sku) {
    var response = api.get("admin", "/api/admin/price-quote?company=" + company + "&sku=" + sku
        + "&quantity=1&currency=USD");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("unitPrice").decimalValue().stripTrailingZeros().setScale(1).toPlainString();
  }

  private static String product(String sku, long version, String name) {
    return """
        {"id": "%s", "type": "product.upserted", "version": %d, "sku": "%s", "name": "%s", "category": "flanges",
         "unit": "each", "taxClass": "standard", "active": true}""".formatted(UUID.randomUUID(), version, sku, name);
  }

  private static String price(String sku, long version, String price, String company) {
    return """
        {"id": "%s", "type": "price.updated", "version": %d, "sku": "%s", "price": "%s", "currency": "USD",
         %s"validFrom": "2026-01-01"}""".formatted(UUID.randomUUID(), version, sku, price,
        company == null ? "" : "\"company\": \"" + company + "\", ");
  }

  private static String customer(String code, long version, String name, String creditLimit, int days) {
    return """
        {"id": "%s", "type": "customer.upserted", "version": %d, "company": "%s", "name": "%s", "currency": "USD",
         "creditLimit": "%s", "paymentTerms": {"type": "NET", "days": %d}}""".formatted(UUID.randomUUID(), version,
        code, name, creditLimit, days);
  }

  private static String stock(String sku, long version, String onHand, String expectedOn) {
    return """
        {"id": "%s", "type": "stock.updated", "version": %d, "sku": "%s", "onHand": %s, "location": "main"%s}"""
        .formatted(UUID.randomUUID(), version, sku, onHand, expectedOn == null ? ""
            : ", \"expectedOn\": \"" + expectedOn + "\"");
  }

  private static String eventIdOf(String event) {
    return event.substring(event.indexOf("\"id\": \"") + 7, event.indexOf("\"", event.indexOf("\"id\": \"") + 7));
  }
}
