package io.podesk.portal;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderSubmitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.support.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PortalIntegrationTests {

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
  void theSubmitFormShowsTheCompanysPoNumberRule() {
    var acme = WebSession.loggedIn(port, "acmebuyer");
    var page = acme.get("/portal/orders/new");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("PO number<span> (required)</span>").contains("pattern=\"")
        .contains("e.g. PO-").contains("name=\"_csrf\"").contains("<label for=\"file\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void pagesCarrySecurityHeadersAndHstsOnceTheRequestIsHttps() {
    var session = new WebSession(port);
    var plain = session.get("/login");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(plain.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    var viaTlsProxy = session.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(session.base() + "/login")).header("X-Forwarded-Proto", "https").build());
    assertThat(viaTlsProxy.headers().firstValue("Strict-Transport-Security").orElseThrow())
        .contains("max-age=");
    assertThat(viaTlsProxy.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'").contains("object-src 'none'");
  }

  @Test
  void aBuyerSubmitsAPoWithItsPdfAndFollowsItOnItsPage() throws Exception {
    var acme = WebSession.loggedIn(port, "acmebuyer");
    acme.get("/portal/orders/new");
    String poNumber = Orders.acmePoNumber();

    var submitted = acme.postMultipart("/portal/orders", form(poNumber, "4", "12.50"), "file", "signed.pdf",
        Pdfs.onePage(), "application/pdf");

    assertThat(submitted.statusCode()).isEqualTo(302);
    String location = submitted.headers().firstValue("Location").orElseThrow();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    jobs.runDue(id);
    var page = acme.get("/portal/orders/" + id);
    assertThat(page.body()).contains(poNumber).contains("signed.pdf").contains("Ball bearing 6204")
        .contains("id=\"diagram\"").contains("Timeline");
    JsonNode progress = new ObjectMapper().readTree(acme.get("/portal/orders/" + id + "/process").body());
    assertThat(progress.get("bpmnXml").asText()).contains("bpmndi:BPMNDiagram");
    assertThat(progress.get("current")).isNotEmpty();
    assertThat(progress.get("passed").toString()).contains(Event_PurchaseOrderSubmitted.name());
    var pdf = acme.getBytes("/portal/orders/" + id + "/document");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
    assertThat(api.get("acmebuyer", "/api/purchase-orders/" + id).json().get("timeline").toString())
        .contains("DOCUMENT_DOWNLOADED");

    var list = acme.get("/portal?q=" + poNumber);
    assertThat(list.body()).contains(poNumber).contains("badge badge-");
  }

  @Test
  void aWrongPoNumberIsShownAtItsFieldAndNothingIsStored() {
    var acme = WebSession.loggedIn(port, "acmebuyer");
    acme.get("/portal/orders/new");

    var refused = acme.postMultipart("/portal/orders", form("12345", "ten", "1.00"), "file", "signed.pdf",
        Pdfs.onePage(), "application/pdf");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("&#39;ten&#39; is not a number").contains("value=\"12345\"");
    var wrongFormat = acme.postMultipart("/portal/orders", form("12345", "1", "1.00"), null, null, null, null);
    assertThat(wrongFormat.statusCode()).isEqualTo(422);
    assertThat(wrongFormat.body()).contains("id=\"poNumber-error\"").contains("PO-");
    assertThat(api.get("acmebuyer", "/api/purchase-orders?poNumber=12345").json().get("totalItems").asInt())
        .isZero();
  }

  @Test
  void aFileThatIsNotAPdfLeavesNoOrderBehind() {
    var acme = WebSession.loggedIn(port, "acmebuyer");
    acme.get("/portal/orders/new");
    String poNumber = Orders.acmePoNumber();

    var refused = acme.postMultipart("/portal/orders", form(poNumber, "1", "1.00"), "file", "invoice.pdf",
        "<html><script>alert(1)</script></html>".getBytes(), "application/pdf");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("PDF");
    assertThat(api.get("acmebuyer", "/api/purchase-orders?poNumber=" + poNumber).json().get("totalItems").asInt())
        .isZero();
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    var acme = WebSession.loggedIn(port, "acmebuyer");

    var refused = acme.postRaw("/portal/orders/" + UUID.randomUUID() + "/cancel", Map.of());

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aBuyerRevisesARejectedOrderFromItsPage() {
    var northwind = WebSession.loggedIn(port, "nwbuyer");
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 10, "150.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    assertThat(northwind.get("/portal/orders/" + id + "/revise").statusCode()).as("not rejected yet").isEqualTo(409);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult().getId();
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + task + "/complete", "{\"variables\": "
        + "{\"approved\": {\"value\": false}, \"rejectionReason\": {\"value\": \"<b>Too many</b>; we can do 8\"}}}")
        .status()).isEqualTo(204);
    jobs.runDue(id);

    var page = northwind.get("/portal/orders/" + id);
    assertThat(page.body()).contains("id=\"revise\"").contains("&lt;b&gt;Too many&lt;/b&gt;; we can do 8")
        .doesNotContain("<b>Too many</b>");
    var form = northwind.get("/portal/orders/" + id + "/revise");
    assertThat(form.body()).contains("value=\"" + poNumber + "\"").contains("readonly");
    var revised = northwind.post("/portal/orders/" + id + "/revise", Map.of("poNumber", poNumber, "currency", "USD",
        "lines[0].sku", "BRG-6204", "lines[0].description", "Ball bearing", "lines[0].quantity", "8",
        "lines[0].unitPrice", "150.00"));

    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(302);
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("revision").asInt()).isEqualTo(2);
    assertThat(order.get("total").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(order.get("status").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void aBuyerCancelsAnOrderNotYetApproved() {
    var acme = WebSession.loggedIn(port, "acmebuyer");
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(Orders.acmePoNumber(), 10, "900"));
    UUID id = UUID.fromString(created.json().get("id").asText());

    var page = acme.get("/portal/orders/" + id);
    assertThat(page.body()).contains("id=\"cancel-order\"");
    assertThat(acme.post("/portal/orders/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(302);

    assertThat(api.get("acmebuyer", "/api/purchase-orders/" + id).json().get("status").asText())
        .isEqualTo("CANCELLED");
    assertThat(acme.get("/portal/orders/" + id).body()).doesNotContain("id=\"cancel-order\"");
  }

  @Test
  void aBuyerOfAnotherCompanyFindsNoneOfAnOrdersPagesDocumentsOrInvoices() {
    String poNumber = Orders.northwindPoNumber();
    var northwind = WebSession.loggedIn(port, "nwbuyer");
    northwind.get("/portal/orders/new");
    var submitted = northwind.postMultipart("/portal/orders", Map.of("poNumber", poNumber, "currency", "USD",
        "lines[0].sku", "BRG-6204", "lines[0].description", "Ball bearing", "lines[0].quantity", "2",
        "lines[0].unitPrice", "3.00"), "file", "nw.pdf", Pdfs.onePage(), "application/pdf");
    String location = submitted.headers().firstValue("Location").orElseThrow();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    jobs.runDue(id);
    assertThat(new ErpEvents(port).send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", "
        + "\"company\": \"northwind\", \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"BRG-6204\", "
        + "\"quantity\": 2}]}").statusCode()).isEqualTo(200);
    jobs.runDue(id);
    String invoice = api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("invoices").get(0).get("number")
        .asText();
    String order = "/portal/orders/" + id;
    assertThat(northwind.getBytes(order + "/invoices/" + invoice).statusCode()).isEqualTo(200);

    var acme = WebSession.loggedIn(port, "acmebuyer");
    for (String page : new String[] {order, order + "/process", order + "/document", order + "/invoices/" + invoice,
        order + "/revise"}) {
      var response = acme.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(404);
      assertThat(response.body()).as(page).doesNotContain(poNumber);
    }
    acme.get("/portal");
    assertThat(acme.post(order + "/cancel", Map.of()).statusCode()).isEqualTo(404);
    assertThat(acme.postMultipart(order + "/document", Map.of(), "file", "x.pdf", Pdfs.onePage(),
        "application/pdf").statusCode()).isEqualTo(404);
    assertThat(acme.get("/portal?q=" + poNumber).body()).contains("0 purchase order(s)")
        .doesNotContain(">" + poNumber + "</a>");

    String apiOrder = "/api/purchase-orders/" + id;
    for (String path : new String[] {apiOrder, apiOrder + "/document", apiOrder + "/revisions",
        apiOrder + "/invoices/" + invoice}) {
      assertThat(api.get("acmebuyer", path).status()).as(path).isEqualTo(404);
    }
    assertThat(api.post("acmebuyer", apiOrder + "/cancel").status()).isEqualTo(404);
    assertThat(api.postJson("acmebuyer", apiOrder + "/revisions", Orders.json(poNumber, 1, "1")).status())
        .isEqualTo(404);
    assertThat(api.get("acmebuyer", "/api/purchase-orders?poNumber=" + poNumber).json().get("totalItems").asInt())
        .isZero();
    assertThat(api.get("nwbuyer", apiOrder).json().get("status").asText()).isEqualTo("INVOICED");
  }

  @Test
  void buyersReachNoStaffPagesTasklistOrEngineApi() {
    var acme = WebSession.loggedIn(port, "acmebuyer");

    assertThat(acme.get("/staff").statusCode()).isEqualTo(403);
    assertThat(acme.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
    assertThat(acme.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    assertThat(acme.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);
    assertThat(api.get("acmebuyer", "/engine-rest/task").status()).isEqualTo(403);
    assertThat(api.send("POST", "acmebuyer", "/engine-rest/task/x/complete", "{}").status()).isEqualTo(403);
    assertThat(api.get("acmebuyer", "/api/admin/outbox").status()).isEqualTo(403);
  }

  private static Map<String, String> form(String poNumber, String quantity, String unitPrice) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("poNumber", poNumber);
    form.put("currency", "USD");
    form.put("lines[0].sku", "BRG-6204");
    form.put("lines[0].description", "Ball bearing 6204");
    form.put("lines[0].quantity", quantity);
    form.put("lines[0].unitPrice", unitPrice);
    form.put("lines[1].sku", "");
    form.put("notes", "Deliver to dock 4");
    return form;
  }
}
