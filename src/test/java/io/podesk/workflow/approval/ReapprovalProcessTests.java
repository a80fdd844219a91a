package io.podesk.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.support.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, point 3: a material change of an order the ERP has is approved again (processes/reapproval.dmn decides
 * whether and from which step), the ERP holds the revision it has meanwhile and cancels it when the change is
 * rejected; a new signed document after approval is a new version, approved again.
 */
@IntegrationTest
class ReapprovalProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void aSkuSwappedAtTheSameTotalIsApprovedAgainWhileTheErpHoldsTheRevisionItHas() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = northwindOrderInTheErp(poNumber, "600.00");

    var changed = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(poNumber, 1, "600.00").replace("BRG-6204", "BRG-6205"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(201);
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
    JsonNode hold = awaitErpFile("northwind/" + poNumber + ".r2.hold.json");
    assertThat(hold.get("action").asText()).isEqualTo("hold");
    assertThat(hold.get("erpReference").asText()).isEqualTo("FILE-northwind-" + poNumber);
    assertThat(hold.get("reason").asText()).contains("lines changed");

    decide("salesmanager", id, false, "Not that bearing");

    assertThat(status(id)).isEqualTo("REJECTED");
    JsonNode cancel = awaitErpFile("northwind/" + poNumber + ".r2.cancel.json");
    assertThat(cancel.get("action").asText()).isEqualTo("cancel");
    assertThat(cancel.get("reason").asText()).contains("Not that bearing");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(order(id).get("timeline"))
        .extracting(e -> e.get("type").asText()).contains("HELD_IN_ERP", "CANCELLED_IN_ERP"));
    assertThat(Files.exists(erp("northwind/" + poNumber + ".r2.json"))).isFalse();
  }

  @Test
  void aNewShipToIsApprovedAgainByTheSellerAloneAndTheErpGetsTheNewRevision() {
    String poNumber = Orders.acmePoNumber();
    // above acmebuyer's spend limit: ACME's approver first, then the sales manager and finance
    UUID id = acmeOrder(poNumber, "12000.00");
    decide("acmeapprover", id, true, null);
    decide("salesmanager", id, true, null);
    decide("financeclerk", id, true, null);
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");

    var changed = api.postJson("acmebuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(poNumber, 1, "12000.00").replace("1 Dock Rd", "9 Hangar Way"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(201);
    jobs.runDue(id);
    // reapproval.dmn: a new ship-to runs the seller's steps again, not the buyer's company's
    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
    decide("salesmanager", id, true, null);
    decide("financeclerk", id, true, null);
    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("revision").asInt()).isEqualTo(2);
    assertThat(order.get("erpReference").asText()).endsWith("-R2");
    assertThat(order.get("approvals")).extracting(a -> a.get("approver").asText())
        .containsExactly("acmeapprover", "salesmanager", "financeclerk", "salesmanager", "financeclerk");
  }

  @Test
  void aNewSignedDocumentAfterApprovalIsANewVersionApprovedAgainAndTheApprovedOneStaysOnRecord() {
    String poNumber = Orders.acmePoNumber();
    UUID id = acmeOrder(poNumber, "600.00");
    decide("salesmanager", id, true, null);
    JsonNode approved = order(id);
    assertThat(approved.get("status").asText()).isEqualTo("SENT_TO_ERP");
    String firstDocument = approved.get("document").get("id").asText();
    assertThat(approved.get("approvedDocumentId").asText()).isEqualTo(firstDocument);

    var uploaded = api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po-v2.pdf", Pdfs.onePage());

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    jobs.runDue(id);
    JsonNode revised = order(id);
    assertThat(revised.get("revision").asInt()).isEqualTo(2);
    assertThat(revised.get("status").asText()).isEqualTo("PENDING_APPROVAL");
    assertThat(revised.get("document").get("id").asText()).isNotEqualTo(firstDocument);
    assertThat(revised.get("approvedDocumentId").asText()).isEqualTo(firstDocument);
    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
    awaitErpFile("acme/" + poNumber + ".r2.hold.json");

    decide("salesmanager", id, true, null);
    JsonNode reapproved = order(id);
    assertThat(reapproved.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(reapproved.get("approvedDocumentId").asText()).isEqualTo(revised.get("document").get("id").asText());
  }

  @Test
  void aNotesOnlyChangeGoesStraightToTheErp() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = northwindOrderInTheErp(poNumber, "600.00");

    var changed = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(poNumber, 1, "600.00").replace("Deliver to dock 4", "Deliver to dock 5"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(201);
    jobs.runDue(id);
    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("erpReference").asText()).endsWith("-R2");
    assertThat(groupsOfOpenTasks(id)).isEmpty();
    assertThat(Files.exists(erp("northwind/" + poNumber + ".r2.hold.json"))).isFalse();
  }

  @Test
  void aDocumentCannotReplaceTheApprovedOneOnceTheOrderShips() {
    String poNumber = Orders.acmePoNumber();
    UUID id = acmeOrder(poNumber, "600.00");
    decide("salesmanager", id, true, null);
    String shipment = "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \"acme\", "
        + "\"poNumber\": \"" + poNumber + "\", \"trackingNumber\": \"T1\", "
        + "\"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": 1}]}";
    assertThat(new ErpEvents(port).send(shipment).statusCode()).isEqualTo(200);
    jobs.runDue(id);

    var refused = api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "late.pdf", Pdfs.onePage());

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("only while the order waits in the ERP");
    assertThat(order(id).get("revision").asInt()).isEqualTo(1);
  }

  private UUID northwindOrderInTheErp(String poNumber, String price) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, price));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    decide("salesmanager", id, true, null);
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");
    return id;
  }

  private UUID acmeOrder(String poNumber, String price) {
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(poNumber, 1, price));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage());
    jobs.runDue(id);
    return id;
  }

  private void decide(String user, UUID id, boolean approved, String reason) {
    String body = "{\"variables\": {\"approved\": {\"value\": " + approved + "}"
        + (reason == null ? "" : ", \"rejectionReason\": {\"value\": \"" + reason + "\"}") + "}}";
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
    var answer = api.postJson(user, "/engine-rest/task/" + task.getId() + "/complete", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    jobs.runDue(id);
  }

  private List<String> groupsOfOpenTasks(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).list().stream()
        .flatMap(task -> tasks.getIdentityLinksForTask(task.getId()).stream())
        .map(link -> link.getGroupId()).filter(java.util.Objects::nonNull).toList();
  }

  private static Path erp(String file) {
    return TestInfrastructure.erpFolder().resolve(file);
  }

  private static JsonNode awaitErpFile(String file) {
    await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(erp(file)));
    try {
      return new ObjectMapper().readTree(erp(file).toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonNode order(UUID id) {
    return api.get("admin", "/api/purchase-orders/" + id).json();
  }

  private String status(UUID id) {
    return order(id).get("status").asText();
  }
}
