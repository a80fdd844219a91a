package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_CancellationHandled;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderCancelledWithoutDocument;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderRejected;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.SubProcess_WaitForDocument;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_DocumentDeadline;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_DocumentReminder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.erp.ErpPush;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.support.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One test per path of processes/purchase-order.bpmn, driven through the API, jobs and timers executed directly. */
@IntegrationTest
class PurchaseOrderProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ErpPush erpPush;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void autoApprovesASmallOrderAndExportsItToTheErpExactlyOnce() throws IOException {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit("nwbuyer", Orders.json(poNumber, 4, "20.00"));

    jobs.runDue(id);

    JsonNode order = order("nwbuyer", id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("erpReference").asText()).isEqualTo("FILE-northwind-" + poNumber);
    Path export = TestInfrastructure.erpFolder().resolve("northwind").resolve(poNumber + ".json");
    assertThat(Files.readString(export)).contains("\"poNumber\" : \"" + poNumber + "\"");
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(jobs.processInstanceOf(id))
        .eventName("ShipmentRecorded").count()).as("waits for shipments").isEqualTo(1);

    String again = erpPush.push(PurchaseOrderId.of(id)); // what a retried push job does

    assertThat(again).isEqualTo(order.get("erpReference").asText());
    try (Stream<Path> files = Files.list(export.getParent())) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith(poNumber))).hasSize(1);
    }
    assertThat(order("nwbuyer", id).get("timeline")).filteredOn(e -> e.get("type").asText().equals("PUSHED_TO_ERP"))
        .hasSize(1);
    Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " received");
    Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " approved");
  }

  @Test
  void aPushWhoseCommitWasLostIsNotExportedTwiceWhenTheJobRunsAgain() throws IOException {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit("nwbuyer", Orders.json(poNumber, 1, "50"));
    jobs.runDue(id);
    // the first attempt wrote the file but its transaction was lost: the order is approved and still waits
    // at the push job, while the ERP already has the order
    assertThat(order("nwbuyer", id).get("status").asText()).isEqualTo("SENT_TO_ERP");
    Path export = TestInfrastructure.erpFolder().resolve("northwind").resolve(poNumber + ".json");
    String firstExport = Files.readString(export);

    erpPush.push(PurchaseOrderId.of(id));
    erpPush.push(PurchaseOrderId.of(id));

    assertThat(Files.readString(export)).isEqualTo(firstExport);
  }

  @Test
  void sendsALargerOrderToReviewWhereAMemberOfTheGroupApprovesIt() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit("nwbuyer", Orders.json(poNumber, 10, "150.00"));
    jobs.runDue(id);

    assertThat(order("nwbuyer", id).get("status").asText()).isEqualTo("PENDING_APPROVAL");
    Task task = reviewTask(id);
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("salesmanagers"));
    var form = api.get("salesmanager", "/engine-rest/task/" + task.getId() + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("approve-purchase-order");
    JsonNode shown = api.get("salesmanager", "/engine-rest/task/" + task.getId() + "/variables?deserializeValues=false")
        .json();
    assertThat(shown.get("poNumber").get("value").asText()).isEqualTo(poNumber);
    assertThat(shown.get("companyName").get("value").asText()).isEqualTo("Northwind Health");
    assertThat(shown.get("totalDisplay").get("value").asText()).isEqualTo("1500.00 USD");
    assertThat(shown.get("lines").get("type").asText()).isEqualTo("Json");
    assertThat(shown.get("lines").get("value").asText()).contains("\"sku\":\"BRG-6204\"");
    assertThat(shown.get("documentUrl").get("value").asText()).endsWith("/portal/orders/" + id + "/document")
        .doesNotContain("/api/");
    assertThat(completeOverRest("salesrep", task, "{\"approved\": {\"value\": true}}")).isIn(403, 404);
    assertThat(completeOverRest("salesmanager", task, "{\"approved\": {\"value\": true}}")).isEqualTo(204);
    jobs.runDue(id);

    JsonNode order = order("nwbuyer", id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("timeline")).anySatisfy(entry -> {
      assertThat(entry.get("type").asText()).isEqualTo("TASK_COMPLETED");
      assertThat(entry.get("actor").asText()).isEqualTo("salesmanager");
      assertThat(entry.get("detail").asText()).contains("approved");
    });
    assertThat(order.get("timeline")).anySatisfy(entry -> {
      assertThat(entry.get("actor").asText()).isEqualTo("salesmanager");
      assertThat(entry.get("detail").asText()).contains("PENDING_APPROVAL → APPROVED");
    });
  }

  @Test
  void routesVeryLargeOrdersToFinanceAndCreditControlInParallel() {
    UUID id = submit("nwbuyer", Orders.json(Orders.northwindPoNumber(), 100, "300.00"));
    jobs.runDue(id);

    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).list())
        .flatExtracting(task -> tasks.getIdentityLinksForTask(task.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactlyInAnyOrder("finance", "creditcontrol");
  }

  @Test
  void rejectsWithAReasonAndRefusesARejectionWithoutOne() {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submit("nwbuyer", Orders.json(poNumber, 10, "150.00"));
    jobs.runDue(id);
    Task task = reviewTask(id);

    assertThat(completeOverRest("salesmanager", task, "{\"approved\": {\"value\": false}}")).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    assertThat(completeOverRest("salesmanager", task,
        "{\"approved\": {\"value\": false}, \"rejectionReason\": {\"value\": \"Prices expired; please requote\"}}"))
        .isEqualTo(204);

    JsonNode order = order("nwbuyer", id);
    assertThat(order.get("status").asText()).isEqualTo("REJECTED");
    assertThat(order.get("rejectionReason").asText()).isEqualTo("Prices expired; please requote");
    assertThat(completedAt(id)).isEqualTo(Event_PurchaseOrderRejected.name());
    var mail = Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " rejected");
    assertThat(Mailbox.body(mail)).contains("Prices expired; please requote");
  }

  @Test
  void waitsForARequiredDocumentAndGoesOnWhenItArrives() {
    UUID id = submit("acmebuyer", Orders.json(Orders.acmePoNumber(), 2, "100"));
    jobs.runDue(id);
    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("AWAITING_DOCUMENT");

    assertThat(api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage())
        .status()).isEqualTo(201);
    jobs.runDue(id);

    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("SENT_TO_ERP");
  }

  @Test
  void aDocumentUploadedBeforeTheCheckMeansNoWait() {
    UUID id = submit("acmebuyer", Orders.json(Orders.acmePoNumber(), 2, "100"));
    api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage());

    jobs.runDue(id);

    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(historicInstance(id))
        .activityId(SubProcess_WaitForDocument.name()).count()).isZero();
  }

  @Test
  void remindsTheBuyerWhileTheDocumentIsMissing() {
    String poNumber = Orders.acmePoNumber();
    UUID id = submit("acmebuyer", Orders.json(poNumber, 2, "100"));
    jobs.runDue(id);

    jobs.fireTimer(id, Timer_DocumentReminder.name());

    var reminder = Mailbox.awaitMail("acmebuyer@acme.example", "PO " + poNumber + ": document missing");
    assertThat(Mailbox.body(reminder)).contains("/portal/orders/" + id).contains("/links/");
    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("AWAITING_DOCUMENT");
    assertThat(management.createJobQuery().processInstanceId(jobs.processInstanceOf(id)).timers()
        .activityId(Timer_DocumentReminder.name()).count()).isEqualTo(1);
  }

  @Test
  void aReminderThatFindsTheDocumentEndsTheWaitWhenTheUploadMessageWasMissed() {
    String poNumber = Orders.acmePoNumber();
    UUID id = submit("acmebuyer", Orders.json(poNumber, 2, "100"));
    jobs.runDue(id);
    String instance = jobs.processInstanceOf(id);
    // a suspended instance takes no messages: the upload's correlation misses it, as in a race with the wait
    runtime.suspendProcessInstanceById(instance);
    assertThat(api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage())
        .status()).isEqualTo(201);
    runtime.activateProcessInstanceById(instance);
    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("AWAITING_DOCUMENT");

    jobs.fireTimer(id, Timer_DocumentReminder.name());

    assertThat(order("acmebuyer", id).get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(Mailbox.find("acmebuyer@acme.example", "PO " + poNumber + ": document missing")).isEmpty();
  }

  @Test
  void cancelsTheOrderWhenTheDocumentNeverArrives() {
    String poNumber = Orders.acmePoNumber();
    UUID id = submit("acmebuyer", Orders.json(poNumber, 2, "100"));
    jobs.runDue(id);

    jobs.fireTimer(id, Timer_DocumentDeadline.name());

    JsonNode order = order("acmebuyer", id);
    assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(order.get("statusReason").asText()).contains("document did not arrive");
    assertThat(completedAt(id)).isEqualTo(Event_PurchaseOrderCancelledWithoutDocument.name());
    Mailbox.awaitMail("acmebuyer@acme.example", "PO " + poNumber + " cancelled");
  }

  @Test
  void theBuyerCancelsWhileTheReviewIsPending() {
    UUID id = submit("nwbuyer", Orders.json(Orders.northwindPoNumber(), 10, "150.00"));
    jobs.runDue(id);
    assertThat(reviewTask(id)).isNotNull();

    var cancelled = api.post("nwbuyer", "/api/purchase-orders/" + id + "/cancel");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(jobs.processInstanceOf(id)).isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(historicInstance(id))
        .activityId(Event_CancellationHandled.name()).finished().count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
  }

  @Test
  void anApprovedOrderCanNoLongerBeCancelled() {
    UUID id = submit("nwbuyer", Orders.json(Orders.northwindPoNumber(), 1, "10"));
    jobs.runDue(id);

    var refused = api.post("nwbuyer", "/api/purchase-orders/" + id + "/cancel");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("SENT_TO_ERP").contains("can no longer be cancelled");
    assertThat(order("nwbuyer", id).get("status").asText()).isEqualTo("SENT_TO_ERP");
  }

  private UUID submit(String buyer, String json) {
    var created = api.postJson(buyer, "/api/purchase-orders", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asText());
  }

  private JsonNode order(String user, UUID id) {
    return api.get(user, "/api/purchase-orders/" + id).json();
  }

  private Task reviewTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult();
  }

  private int completeOverRest(String user, Task task, String variables) {
    return api.postJson(user, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": " + variables + "}").status();
  }

  private String historicInstance(UUID id) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PurchaseOrderProcess.KEY)
        .processInstanceBusinessKey(id.toString()).singleResult()
        .getId();
  }

  /** The end event where the order's process finished. */
  private String completedAt(UUID id) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PurchaseOrderProcess.KEY)
        .processInstanceBusinessKey(id.toString()).singleResult()
        .getEndActivityId();
  }
}
