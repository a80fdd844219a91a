package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class PurchaseOrderApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void createsAnOrderWithLocationComputedTotalAndTimeline() {
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [
          {"sku": "BRG-6204", "description": "Ball bearing", "quantity": 10, "unitPrice": "12.50"},
          {"sku": "OIL-1", "quantity": 3, "unitPrice": "0.333"}]}
        """.formatted(poNumber));

    assertThat(created.status()).isEqualTo(201);
    JsonNode order = created.json();
    assertThat(created.location()).isEqualTo("/api/purchase-orders/" + order.get("id").asText());
    assertThat(order.get("poNumber").asText()).isEqualTo(poNumber);
    assertThat(order.get("company").asText()).isEqualTo("northwind");
    assertThat(order.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(order.get("total").decimalValue()).isEqualByComparingTo("126.00");
    assertThat(order.get("lines")).hasSize(2);
    assertThat(order.get("timeline").get(0).get("type").asText()).isEqualTo("SUBMITTED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(order.get("id").asText()).count())
        .isEqualTo(1);

    JsonNode fetched = api.get("nwbuyer", created.location()).json();
    assertThat(fetched.get("id")).isEqualTo(order.get("id"));
  }

  @Test
  void anAdminSetsAndLiftsALegalHoldThatTheOrderShowsAndTheTimelineRecords() {
    String id = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "5.00"))
        .json().get("id").asText();
    String hold = "/api/admin/purchase-orders/" + id + "/legal-hold";

    assertThat(api.send("PUT", "nwbuyer", hold, "{\"reason\": \"mine\"}").status()).isEqualTo(403);
    assertThat(api.send("PUT", "salesmanager", hold, "{\"reason\": \"mine\"}").status()).isEqualTo(403);
    var blank = api.send("PUT", "admin", hold, "{\"reason\": \"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(api.send("PUT", "admin", "/api/admin/purchase-orders/" + UUID.randomUUID() + "/legal-hold",
        "{\"reason\": \"Matter 17\"}").status()).isEqualTo(404);
    assertThat(api.get("admin", hold).status()).isEqualTo(404);

    var set = api.send("PUT", "admin", hold, "{\"reason\": \"Matter 17: keep all records\"}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("heldBy").asText()).isEqualTo("admin");
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("legalHold").get("reason").asText()).isEqualTo("Matter 17: keep all records");
    assertThat(api.get("admin", hold).json().get("reason").asText()).isEqualTo("Matter 17: keep all records");

    assertThat(api.send("DELETE", "admin", hold, null).status()).isEqualTo(204);
    assertThat(api.send("DELETE", "admin", hold, null).status()).isEqualTo(409);
    JsonNode after = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(after.path("legalHold").isMissingNode() || after.path("legalHold").isNull()).isTrue();
    List<String> types = new ArrayList<>();
    after.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
    assertThat(types).contains("LEGAL_HOLD_SET", "LEGAL_HOLD_RELEASED");
  }

  @Test
  void anAdminSetsAndLiftsALegalHoldOnThePoPageWhichNoBuyerCan() {
    String id = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "5.00"))
        .json().get("id").asText();
    WebSession buyer = WebSession.loggedIn(port, "nwbuyer");
    assertThat(buyer.get("/portal/orders/" + id).body()).doesNotContain("id=\"legal-hold\"");
    assertThat(buyer.post("/portal/orders/" + id + "/legal-hold", java.util.Map.of("reason", "mine")).statusCode())
        .isEqualTo(403);

    WebSession admin = WebSession.loggedIn(port, "admin");
    assertThat(admin.get("/portal/orders/" + id).body()).contains("id=\"legal-hold\"").contains("Not held");
    assertThat(admin.post("/portal/orders/" + id + "/legal-hold", java.util.Map.of("reason", "Matter 9"))
        .statusCode()).isEqualTo(302);
    assertThat(admin.get("/portal/orders/" + id).body()).contains("by admin: Matter 9");
    assertThat(api.get("admin", "/api/admin/purchase-orders/" + id + "/legal-hold").json().get("reason").asText())
        .isEqualTo("Matter 9");

    assertThat(admin.post("/portal/orders/" + id + "/legal-hold/release", java.util.Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(api.get("admin", "/api/admin/purchase-orders/" + id + "/legal-hold").status()).isEqualTo(404);
  }

  @Test
  void theCompanyIsAlwaysTheBuyersOwn() {
    var response = api.postJson("globexbuyer", "/api/purchase-orders", """
        {"company": "acme", "currency": "USD", "lines": [{"sku": "A-1", "quantity": 1, "unitPrice": "1"}]}
        """);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("message").asText()).contains("unknown field 'company'");
  }

  static List<Arguments> invalidOrders() {
    String line = "{\"sku\": \"A-1\", \"quantity\": 1, \"unitPrice\": \"10\"}";
    String manyLines = String.join(",", java.util.Collections.nCopies(501, line));
    return List.of(
        Arguments.of("missing PO number", "acmebuyer",
            "{\"currency\": \"USD\", \"lines\": [" + line + "]}", "poNumber", "PO-123456"),
        Arguments.of("PO number in the wrong format", "acmebuyer",
            "{\"poNumber\": \"12345\", \"currency\": \"USD\", \"lines\": [" + line + "]}", "poNumber",
            "must look like PO-123456"),
        Arguments.of("northwind format", "nwbuyer",
            "{\"poNumber\": \"NW-1\", \"currency\": \"USD\", \"lines\": [" + line + "]}", "poNumber",
            "must look like NW-TX-0042"),
        Arguments.of("no lines", "globexbuyer", "{\"currency\": \"USD\", \"lines\": []}", "lines", "at least one"),
        Arguments.of("zero quantity", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A-1\", \"quantity\": 0, \"unitPrice\": \"1\"}]}",
            "lines[0].quantity", "greater than 0"),
        Arguments.of("negative price", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A-1\", \"quantity\": 1, \"unitPrice\": \"-1\"}]}",
            "lines[0].unitPrice", "not be negative"),
        Arguments.of("absurd price", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A-1\", \"quantity\": 1, \"unitPrice\": \"1e12\"}]}",
            "lines[0].unitPrice", "at most 10,000,000"),
        Arguments.of("unknown currency", "globexbuyer", "{\"currency\": \"XYZ\", \"lines\": [" + line + "]}",
            "currency", "ISO 4217"),
        Arguments.of("more than 500 lines", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [" + manyLines + "]}", "lines", "at most 500 lines"),
        Arguments.of("over-long notes", "globexbuyer",
            "{\"currency\": \"USD\", \"notes\": \"" + "x".repeat(2001) + "\", \"lines\": [" + line + "]}",
            "notes", "at most 2000 characters"),
        Arguments.of("over-long SKU", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"" + "A".repeat(65)
                + "\", \"quantity\": 1, \"unitPrice\": \"1\"}]}", "lines[0].sku", "up to 64"),
        Arguments.of("malformed JSON", "globexbuyer", "{\"currency\": \"USD\", \"lines\": [", "body", "not valid JSON"),
        Arguments.of("wrong type", "globexbuyer",
            "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A-1\", \"quantity\": \"many\", \"unitPrice\": \"1\"}]}",
            "lines[0].quantity", "wrong type"),
        Arguments.of("lines not a list", "globexbuyer", "{\"currency\": \"USD\", \"lines\": 5}", "lines",
            "wrong type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidOrders")
  void refusesInvalidOrdersWithProblemDetailsAndStoresNothing(String name, String buyer, String body, String field,
      String message) {
    long ordersBefore = count("purchase_orders");
    long processesBefore = runtime.createProcessInstanceQuery().count();
    long auditBefore = count("audit_events");

    var response = api.postJson(buyer, "/api/purchase-orders", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).anySatisfy(error -> {
      assertThat(error.get("field").asText()).isEqualTo(field);
      assertThat(error.get("message").asText()).contains(message);
    });
    assertThat(count("purchase_orders")).isEqualTo(ordersBefore);
    assertThat(count("audit_events")).isEqualTo(auditBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    var response = api.postJson("acmebuyer", "/api/purchase-orders", """
        {"poNumber": "bad", "currency": "usdollars", "lines": [{"sku": "", "quantity": -1, "unitPrice": "-2"}]}
        """);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("poNumber", "currency", "lines[0].sku", "lines[0].quantity", "lines[0].unitPrice");
  }

  @Test
  void refusesADuplicatePoNumberOfTheSameCompanyWith409() {
    String poNumber = Orders.northwindPoNumber();
    assertThat(api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "10")).status())
        .isEqualTo(201);
    long before = count("purchase_orders");

    var duplicate = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 2, "10"));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.contentType()).startsWith("application/problem+json");
    assertThat(duplicate.json().get("detail").asText()).contains(poNumber).contains("already submitted");
    assertThat(count("purchase_orders")).isEqualTo(before);
  }

  @Test
  void tenConcurrentSubmitsOfOnePoNumberGiveExactlyOneOrder() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    long processesBefore = runtime.createProcessInstanceQuery().count();
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(10);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "10")).status();
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get());
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
    assertThat(jdbc.queryForObject("select count(*) from purchase_orders where po_number = ?", Long.class, poNumber))
        .isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore + 1);
  }

  @Test
  void uploadsAndDownloadsThePdfWithAuditEvents() {
    String id = submitNorthwind();
    byte[] pdf = Pdfs.onePage();

    var uploaded = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "../../etc/signed PO.pdf", pdf);
    assertThat(uploaded.status()).isEqualTo(201);
    assertThat(uploaded.json().get("fileName").asText()).isEqualTo("signed PO.pdf");
    assertThat(uploaded.json().get("sha256").asText()).hasSize(64);

    var downloaded = api.get("nwbuyer", "/api/purchase-orders/" + id + "/document");
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.contentType()).isEqualTo("application/pdf");
    assertThat(downloaded.bytes()).isEqualTo(pdf);

    JsonNode timeline = api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("timeline");
    assertThat(timeline).extracting(e -> e.get("type").asText())
        .contains("DOCUMENT_UPLOADED", "DOCUMENT_DOWNLOADED");
    assertThat(timeline).filteredOn(e -> e.get("type").asText().startsWith("DOCUMENT"))
        .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("nwbuyer"));
  }

  @Test
  void refusesAFileThatIsNotReallyAPdf() {
    String id = submitNorthwind();
    long documentsBefore = count("documents");

    var renamed = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "invoice.pdf",
        "MZ this is an executable".getBytes());
    var fake = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "fake.pdf",
        "%PDF-1.7 but nothing else".getBytes());

    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.json().get("errors").get(0).get("message").asText()).contains("not a PDF");
    assertThat(fake.status()).isEqualTo(400);
    assertThat(fake.json().get("errors").get(0).get("message").asText()).contains("cannot be read");
    assertThat(count("documents")).isEqualTo(documentsBefore);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id + "/document").status()).isEqualTo(404);
  }

  @Test
  void refusesAnOversizedFileWith413() {
    String id = submitNorthwind();
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);

    var response = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "big.pdf", big);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
  }

  @Test
  void anotherCompanysOrderLooksAbsent() {
    String id = submitNorthwind();

    assertThat(api.get("acmebuyer", "/api/purchase-orders/" + id).status()).isEqualTo(404);
    assertThat(api.get("acmebuyer", "/api/purchase-orders/" + id + "/document").status()).isEqualTo(404);
    assertThat(api.post("acmebuyer", "/api/purchase-orders/" + id + "/cancel").status()).isEqualTo(404);
    assertThat(api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "a.pdf", Pdfs.onePage())
        .status()).isEqualTo(404);
    assertThat(api.get("acmebuyer", "/api/purchase-orders?size=200").json().get("items"))
        .noneSatisfy(order -> assertThat(order.get("id").asText()).isEqualTo(id));
    assertThat(api.get("salesrep", "/api/purchase-orders/" + id).status()).isEqualTo(200);
  }

  @Test
  void listsFiltersPagesAndSorts() {
    String poNumber = Orders.northwindPoNumber();
    api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "10"));

    JsonNode byNumber = api.get("nwbuyer", "/api/purchase-orders?poNumber=" + poNumber.toLowerCase()).json();
    assertThat(byNumber.get("items")).hasSize(1);
    assertThat(byNumber.get("totalItems").asLong()).isEqualTo(1);

    JsonNode page = api.get("nwbuyer", "/api/purchase-orders?status=SUBMITTED&size=1&sort=submittedAt,asc").json();
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("size").asInt()).isEqualTo(1);

    assertThat(api.get("nwbuyer", "/api/purchase-orders?sort=secret,asc").status()).isEqualTo(400);
    assertThat(api.get("nwbuyer", "/api/purchase-orders?sort=,").status()).isEqualTo(400);
    assertThat(api.get("nwbuyer", "/api/purchase-orders?status=LOST").status()).isEqualTo(400);
  }

  @Test
  void engineRestApiNeedsCredentials() {
    assertThat(api.get(null, "/engine-rest/task").status()).isEqualTo(401);
    assertThat(api.get("salesmanager", "/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void theApiNeedsCredentialsToo() {
    assertThat(api.get(null, "/api/purchase-orders").status()).isEqualTo(401);
    assertThat(api.postJson(null, "/api/purchase-orders", Orders.json(null, 1, "1")).status()).isEqualTo(401);
  }

  @Test
  void aCompanyApproverCannotWithdrawAnOrder() {
    String id = submitNorthwind();
    var refused = api.post("nwapprover", "/api/purchase-orders/" + id + "/cancel");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("status").asText()).isNotEqualTo("CANCELLED");
  }

  @Test
  void onlyBuyersSubmit() {
    var response = api.postJson("salesrep", "/api/purchase-orders", Orders.json(null, 1, "1"));
    assertThat(response.status()).isEqualTo(403);
  }

  private String submitNorthwind() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 2, "40"));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
