package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import java.nio.file.Files;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Revising a rejected order, and changing one after approval (re-approval beyond the tolerance, default 0). */
@IntegrationTest
class RevisionProcessTests {

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
  void aRejectedOrderIsRevisedAndGoesThroughApprovalAgain() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 10, "150.00");
    decide("salesmanager", id, false, "Too many; we can do 8");
    assertThat(status(id)).isEqualTo("REJECTED");

    var revised = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(poNumber, 8, "150.00"));

    assertThat(revised.status()).as(revised.body()).isEqualTo(201);
    assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
    assertThat(revised.json().get("status").asText()).isEqualTo("SUBMITTED");
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    Task task = approvalTask(id);
    assertThat(api.get("salesmanager", "/engine-rest/task/" + task.getId() + "/variables").json()
        .get("revisionSummary").get("value").asText()).contains("Revision 2: total 1500.00 → 1200.00");
    decide("salesmanager", id, true, null);
    jobs.runDue(id);

    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("total").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(order.get("erpReference").asText()).endsWith("-R2");
    assertThat(Files.exists(TestInfrastructure.erpFolder().resolve("northwind/" + poNumber + ".r2.json"))).isTrue();
    assertThat(order.get("timeline")).anySatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("REVISED"));
    JsonNode earlier = api.get("nwbuyer", "/api/purchase-orders/" + id + "/revisions").json();
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(earlier.get(0).get("order").get("total").decimalValue()).isEqualByComparingTo("1500.00");
    assertThat(earlier.get(0).get("order").get("rejectionReason").asText()).isEqualTo("Too many; we can do 8");
  }

  @Test
  void aChangeAfterApprovalThatRaisesTheTotalNeedsApprovalAgain() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 1, "100.00");
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");

    var changed = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions", Orders.json(poNumber, 6,
        "100.00"));

    assertThat(changed.status()).isEqualTo(201);
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void aChangeWithinTheToleranceGoesStraightToTheErp() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 4, "100.00");

    var changed = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions", Orders.json(poNumber, 3,
        "100.00"));

    assertThat(changed.status()).isEqualTo(201);
    jobs.runDue(id);
    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("revision").asInt()).isEqualTo(2);
    assertThat(order.get("erpReference").asText()).isEqualTo("FILE-northwind-" + poNumber + "-R2");
    assertThat(Files.exists(TestInfrastructure.erpFolder().resolve("northwind/" + poNumber + ".r2.json"))).isTrue();
  }

  @Test
  void refusesRevisionsThatAreNotAllowed() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit(poNumber, 10, "150.00");

    var pending = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions", Orders.json(poNumber, 9,
        "150.00"));
    assertThat(pending.status()).isEqualTo(409);
    assertThat(pending.json().get("detail").asText()).contains("PENDING_APPROVAL");

    decide("salesmanager", id, false, "No");
    var renumbered = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(Orders.northwindPoNumber(), 9, "150.00"));
    assertThat(renumbered.status()).isEqualTo(400);
    assertThat(renumbered.json().get("errors").get(0).get("message").asText()).contains("keeps its PO number");
    assertThat(api.postJson("acmebuyer", "/api/purchase-orders/" + id + "/revisions", Orders.json(null, 1, "1"))
        .status()).isEqualTo(404);
    assertThat(order(id).get("revision").asInt()).isEqualTo(1);
  }

  private UUID submit(String poNumber, int quantity, String price) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, quantity, price));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private void decide(String user, UUID id, boolean approved, String reason) {
    String body = "{\"variables\": {\"approved\": {\"value\": " + approved + "}"
        + (reason == null ? "" : ", \"rejectionReason\": {\"value\": \"" + reason + "\"}") + "}}";
    assertThat(api.postJson(user, "/engine-rest/task/" + approvalTask(id).getId() + "/complete", body).status())
        .isEqualTo(204);
    jobs.runDue(id);
  }

  private Task approvalTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult();
  }

  private JsonNode order(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json();
  }

  private String status(UUID id) {
    return order(id).get("status").asText();
  }
}
