package io.podesk.workflow.purchaseorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst changes the models live: new orders follow the change, orders in flight are migrated on request. */
@IntegrationTest
class ProcessVersionIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void aRoutingTableDeployedLikeModelerDoesItRoutesNewOrdersAndLeavesWaitingOnesAlone() throws Exception {
    UUID waiting = submit(1500);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(waiting.toString()).count()).isEqualTo(1);
    String original = Files.readString(Path.of("processes/approval-routing.dmn"));
    String raised = original.replace("&lt; 500", "&lt; 2000").replace("[500..2000]", "[2000..2000]");
    assertThat(raised).isNotEqualTo(original);

    assertThat(deploy("salesmanager", "approval-routing.dmn", raised)).isEqualTo(403);
    assertThat(deploy("admin", "approval-routing.dmn", raised)).isEqualTo(200);
    try {
      UUID fresh = submit(1500);

      assertThat(status(fresh)).isEqualTo("SENT_TO_ERP");
      assertThat(status(waiting)).isEqualTo("PENDING_APPROVAL");
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(waiting.toString()).count()).isEqualTo(1);
    } finally {
      assertThat(deploy("admin", "approval-routing.dmn", original)).isEqualTo(200);
    }
    assertThat(status(submit(1500))).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void migratesAWaitingOrderToTheLatestProcessVersion() throws Exception {
    UUID waiting = submit(1500);
    String before = definitionOf(waiting);
    String original = Files.readString(Path.of("processes/purchase-order.bpmn"));
    String changed = original.replace("name=\"Approval deadline passed\"", "name=\"Approval deadline reached\"");
    assertThat(changed).isNotEqualTo(original);
    assertThat(deploy("admin", "purchase-order.bpmn", changed)).isEqualTo(200);
    String latest = repository.createProcessDefinitionQuery().processDefinitionKey(PurchaseOrderProcess.KEY)
        .latestVersion().singleResult().getId();
    assertThat(latest).isNotEqualTo(before);

    assertThat(api.post("salesmanager", "/api/admin/process-migrations").status()).isEqualTo(403);
    var migrated = api.post("admin", "/api/admin/process-migrations?processKey=PurchaseOrder");

    assertThat(migrated.status()).isEqualTo(200);
    assertThat(migrated.json()).anySatisfy(result -> assertThat(result.get("migrated").asBoolean()).isTrue());
    assertThat(definitionOf(waiting)).isEqualTo(latest);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(waiting.toString()).singleResult();
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    jobs.runDue(waiting);
    assertThat(status(waiting)).isEqualTo("SENT_TO_ERP");
  }

  /**
   * An order on a version from before each phase had its own listener (it names the status in an expression) still
   * moves to PENDING_APPROVAL, through the bean kept for such versions, and is approved as usual.
   */
  @Test
  void anOrderOnAVersionThatNamesItsStatusesStillMovesThroughThem() throws Exception {
    String legacy = new String(getClass().getResourceAsStream("/io/podesk/invoicing/purchase-order-before-v20.bpmn.xml")
        .readAllBytes(), StandardCharsets.UTF_8);
    assertThat(legacy).contains("purchaseOrderStatus.moveTo(execution, 'PENDING_APPROVAL')");
    UUID waiting;
    repository.createDeployment().name("before-v20").addString("purchase-order.bpmn", legacy).deploy();
    try {
      waiting = submit(1500);
    } finally {
      var current = repository.createDeployment().name("current").addString("purchase-order.bpmn",
          Files.readString(Path.of("processes/purchase-order.bpmn")));
      try (var forms = Files.list(Path.of("forms"))) {
        for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
          current.addString(form.getFileName().toString(), Files.readString(form));
        }
      }
      current.deploy();
    }
    assertThat(repository.getProcessDefinition(definitionOf(waiting)).getDeploymentId())
        .isNotEqualTo(repository.createProcessDefinitionQuery().processDefinitionKey(PurchaseOrderProcess.KEY)
            .latestVersion().singleResult().getDeploymentId());
    assertThat(status(waiting)).isEqualTo("PENDING_APPROVAL");

    var task = tasks.createTaskQuery().processInstanceBusinessKey(waiting.toString()).singleResult();
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    jobs.runDue(waiting);
    assertThat(status(waiting)).isEqualTo("SENT_TO_ERP");
  }

  private String definitionOf(UUID order) {
    return runtime.createProcessInstanceQuery().processInstanceId(jobs.processInstanceOf(order)).singleResult()
        .getProcessDefinitionId();
  }

  private UUID submit(int total) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1,
        total + ".00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private String status(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("status").asText();
  }

  /** POST /engine-rest/deployment/create as Camunda Modeler's Deploy button sends it. */
  private int deploy(String user, String fileName, String content) throws Exception {
    String boundary = "----modeler" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    part(body, boundary, "deployment-name", null, "Modeler deployment");
    part(body, boundary, "deployment-source", null, "Camunda Modeler");
    part(body, boundary, "deploy-changed-only", null, "true");
    part(body, boundary, fileName, fileName, content);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String value) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
  }
}
