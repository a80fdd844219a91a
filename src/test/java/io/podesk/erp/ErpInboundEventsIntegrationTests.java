package io.podesk.erp;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_ReviewErpTotals;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.Signatures;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The signed way in for ERP events: authenticated, idempotent, and nothing dropped. */
@IntegrationTest
class ErpInboundEventsIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void refusesEventsThatAreUnsignedTamperedOrOld() throws Exception {
    String body = event("order.confirmed", "northwind", "NW-XX-0000", ", \"erpReference\": \"SO-1\"");
    long now = Instant.now().getEpochSecond();

    assertThat(send(body, null, null).statusCode()).isEqualTo(401);
    assertThat(send(body, now, sign(now, body + " ")).statusCode()).isEqualTo(401);
    var old = send(body, now - 600, sign(now - 600, body));
    assertThat(old.statusCode()).isEqualTo(401);
    assertThat(old.body()).contains("older than 5 minutes");
  }

  @Test
  void theErpConfirmsAnOrderOnceWhateverTheRetries() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 10, "150.00");
    approve(id);
    String body = event("order.confirmed", "northwind", poNumber, ", \"erpReference\": \"SO-4711\"");

    var first = signed(body);
    var again = signed(body);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(again.body()).get("duplicate").asBoolean()).isTrue();
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("erpReference").asText()).isEqualTo("SO-4711");
    assertThat(order.get("timeline")).filteredOn(e -> e.get("type").asText().equals("ERP_CONFIRMED")).hasSize(1);
  }

  @Test
  void aTotalTheErpSeesDifferentlyOpensAReviewForFinance() throws Exception {
    String same = Orders.northwindPoNumber();
    UUID matching = submit(same, 1, "100.00");
    // net 100.00 and 8 % tax (the default rate): the ERP's total includes the tax, and compares with ours that does
    signed(event("order.confirmed", "northwind", same, ", \"erpReference\": \"SO-1\", \"net\": \"100.00\", "
        + "\"tax\": \"8.00\", \"total\": \"108.00\""));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(matching.toString()).count()).isZero();

    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 1, "100.00");

    var confirmed = signed(event("order.confirmed", "northwind", poNumber,
        ", \"erpReference\": \"SO-2\", \"net\": \"100.00\", \"tax\": \"8.50\", \"total\": \"108.50\""));

    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("finance reviews them");
    var review = tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ReviewErpTotals.name()).singleResult();
    assertThat(review).isNotNull();
    // finance sees each figure: net agrees, tax and total differ by 0.50
    assertThat(String.valueOf(runtime.getVariable(review.getProcessInstanceId(), "erpTotalsDifferences")))
        .isEqualTo("net: ERP 100.00, ours 100.00, difference 0.00; tax: ERP 8.50, ours 8.00, difference 0.50; "
            + "total: ERP 108.50, ours 108.00, difference 0.50 USD");
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("timeline")).anySatisfy(e ->
        assertThat(e.get("detail").asText()).startsWith("ERP totals differ: net: ERP 100.00"));
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("finance"));
    assertThat(api.postJson("financeclerk", "/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {}}").status()).isEqualTo(400);
    assertThat(api.postJson("financeclerk", "/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {\"resolution\": {\"value\": \"ERP added freight; corrected there\"}}}").status())
        .isEqualTo(204);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("timeline")).anySatisfy(e ->
        assertThat(e.get("detail").asText()).isEqualTo("Review ERP totals: ERP added freight; corrected there"));
  }

  @Test
  void theErpCancelsAnOrderBeforeShipmentWhereverItStands() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 10, "150.00");
    assertThat(jobs.processInstanceOf(id)).isNotNull();

    var cancelled = signed(event("order.cancelled", "northwind", poNumber, ", \"reason\": \"Customer called\""));

    assertThat(cancelled.statusCode()).isEqualTo(200);
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(order.get("statusReason").asText()).contains("Customer called");
    assertThat(jobs.processInstanceOf(id)).isNull();
  }

  @Test
  void anOfflineOrderShowsInTheBuyersHistory() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    var created = signed(event("order.created", "northwind", poNumber, ", \"erpReference\": \"SO-9000\","
        + " \"currency\": \"USD\", \"lines\": [{\"sku\": \"GLV-100\", \"description\": \"Gloves\", \"quantity\": 5,"
        + " \"unitPrice\": \"6.40\"}]"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode list = api.get("nwbuyer", "/api/purchase-orders?poNumber=" + poNumber).json().get("items");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(list.get(0).get("erpReference").asText()).isEqualTo("SO-9000");
    assertThat(list.get(0).get("total").decimalValue()).isEqualByComparingTo("32.00");
  }

  @Test
  void anOfflineOrderGetsItsOwnProcessAndItsShipmentIsInvoicedAndPaid() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    var created = signed(event("order.created", "northwind", poNumber, ", \"erpReference\": \"SO-9100\","
        + " \"currency\": \"USD\", \"lines\": [{\"sku\": \"GLV-100\", \"description\": \"Gloves\","
        + " \"quantity\": 10, \"unitPrice\": \"6.10\"}]"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    UUID id = UUID.fromString(api.get("nwbuyer", "/api/purchase-orders?poNumber=" + poNumber).json().get("items")
        .get(0).get("id").asText());
    Jobs jobs = new Jobs(management, runtime);
    assertThat(jobs.processInstanceOf(id)).as("its own process instance").isNotNull();
    var diagram = io.podesk.support.WebSession.loggedIn(port, "nwbuyer").get("/portal/orders/" + id + "/process");
    assertThat(diagram.statusCode()).as("its page shows a diagram").isEqualTo(200);
    assertThat(diagram.body()).contains("Gateway_AwaitShipments");

    var shipped = signed("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\":"
        + " \"northwind\", \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"GLV-100\","
        + " \"quantity\": 10}]}");
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
    jobs.runDue(id);

    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("INVOICED");
    assertThat(order.get("invoices")).hasSize(1);
    JsonNode invoice = order.get("invoices").get(0);
    var paid = signed("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"payment\", \"company\":"
        + " \"northwind\", \"invoiceNumber\": \"" + invoice.get("number").asText() + "\", \"amount\": \""
        + invoice.get("total").decimalValue().toPlainString() + "\"}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    jobs.runDue(id);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("status").asText())
        .isIn("PAID", "COMPLETED");
  }

  @Test
  void theErpChangesAnOrderBeforeShippingAndNotAfter() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 1, "100.00");
    String lines = ", \"lines\": [{\"sku\": \"BRG-6204\", \"description\": \"Ball bearing\", \"quantity\": 2,"
        + " \"unitPrice\": \"40.00\"}]";

    var changed = signed(event("order.changed", "northwind", poNumber, lines));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("revision").asInt()).isEqualTo(2);
    assertThat(order.get("total").decimalValue()).isEqualByComparingTo("80.00");
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id + "/revisions").json()).hasSize(1);

    signed("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \"northwind\","
        + " \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": 1}]}");
    var tooLate = signed(event("order.changed", "northwind", poNumber, lines));

    assertThat(tooLate.statusCode()).isEqualTo(409);
    assertThat(tooLate.body()).contains("before shipping starts");
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("revision").asInt()).isEqualTo(2);
  }

  @Test
  void eventsForUnknownOrdersAreKeptAndReported() throws Exception {
    String eventId = UUID.randomUUID().toString();
    String body = "{\"id\": \"" + eventId + "\", \"type\": \"order.confirmed\", \"company\": \"northwind\","
        + " \"poNumber\": \"NW-ZZ-0001\", \"erpReference\": \"SO-5\"}";

    var unmatched = signed(body);

    assertThat(unmatched.statusCode()).isEqualTo(202);
    assertThat(api.get("admin", "/api/admin/erp-events?status=UNMATCHED").json())
        .anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(eventId));
    assertThat(api.get("nwbuyer", "/api/admin/erp-events").status()).isEqualTo(403);
  }

  @Test
  void anEventForAnUnknownOrderIsKeptBeforeTheRestOfItIsRead() throws Exception {
    String eventId = UUID.randomUUID().toString();
    String body = "{\"id\": \"" + eventId + "\", \"type\": \"shipment\", \"company\": \"northwind\","
        + " \"poNumber\": \"NW-ZZ-0002\", \"lines\": []}";

    var unmatched = signed(body);

    assertThat(unmatched.statusCode()).as(unmatched.body()).isEqualTo(202);
    assertThat(api.get("admin", "/api/admin/erp-events?status=UNMATCHED").json())
        .anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(eventId));
  }

  @Test
  void aCancellationTheDomainRefusesIsAnswered409AndKept() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 10, "150.00");
    api.post("nwbuyer", "/api/purchase-orders/" + id + "/cancel");
    String body = event("order.cancelled", "northwind", poNumber, "");

    var refused = signed(body);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("CANCELLED");
    assertThat(api.get("admin", "/api/admin/erp-events?status=REFUSED").json())
        .anySatisfy(e -> assertThat(e.get("poNumber").asText()).isEqualTo(poNumber));
    var alert = io.podesk.support.Mailbox.awaitMail("operations@podesk.example",
        "PO " + poNumber + " (northwind): ERP event order.cancelled refused");
    assertThat(io.podesk.support.Mailbox.body(alert)).contains("CANCELLED");
  }

  private UUID submit(String poNumber, int quantity, String price) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, quantity, price));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private void approve(UUID id) {
    var task = runtimeTask(id);
    api.postJson("salesmanager", "/engine-rest/task/" + task + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}");
  }

  private String runtimeTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
  }

  private static String event(String type, String company, String poNumber, String extra) {
    return "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"" + type + "\", \"company\": \"" + company
        + "\", \"poNumber\": \"" + poNumber + "\"" + extra + "}";
  }

  private HttpResponse<String> signed(String body) {
    return new ErpEvents(port).send(body);
  }

  private HttpResponse<String> send(String body, Long timestamp, String signature) {
    return new ErpEvents(port).send(body, timestamp, signature);
  }

  private static String sign(long timestamp, String body) {
    return Signatures.sign(ErpEvents.SECRET, String.valueOf(timestamp), body);
  }
}
