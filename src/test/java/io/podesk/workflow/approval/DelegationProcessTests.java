package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.approval.AuthorityLimit;
import io.podesk.approval.AuthorityLimits;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Handing an approval task to a colleague, and out-of-office delegates; the record names both people. */
@IntegrationTest
class DelegationProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorityLimits limits;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (identity.createUserQuery().userId("deputymanager").count() == 0) {
      User user = identity.newUser("deputymanager");
      user.setEmail("deputymanager@podesk.example");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("deputymanager", "salesmanagers");
      limits.save(new AuthorityLimit("deputymanager", new BigDecimal("25000"), "USD"));
    }
  }

  @Test
  void anApproverHandsTheTaskToAColleagueAndTheRecordShowsBoth() {
    UUID id = submit();
    Task task = approvalTask(id);

    var handed = api.postJson("salesmanager", "/api/approval-tasks/" + task.getId() + "/delegation",
        "{\"to\": \"deputymanager\", \"reason\": \"I am at the trade fair\"}");

    assertThat(handed.status()).as(handed.body()).isEqualTo(204);
    Task delegated = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(delegated.getAssignee()).isEqualTo("deputymanager");
    assertThat(delegated.getOwner()).isEqualTo("salesmanager");
    assertThat(api.postJson("deputymanager", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    jobs.runDue(id);

    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    JsonNode approval = order.get("approvals").get(0);
    assertThat(approval.get("approver").asText()).isEqualTo("deputymanager");
    assertThat(approval.get("delegatedBy").asText()).isEqualTo("salesmanager");
    assertThat(order.get("timeline")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("DELEGATED");
      assertThat(e.get("detail").asText()).contains("salesmanager → deputymanager: I am at the trade fair");
    });
  }

  @Test
  void aTaskGoesOnlyToSomeoneWhoMayDecideIt() {
    UUID id = submit();
    Task task = approvalTask(id);

    var outsider = api.postJson("salesmanager", "/api/approval-tasks/" + task.getId() + "/delegation",
        "{\"to\": \"financeclerk\"}");
    var notHis = api.postJson("director", "/api/approval-tasks/" + task.getId() + "/delegation",
        "{\"to\": \"deputymanager\"}");

    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.json().get("errors").get(0).get("message").asText()).contains("salesmanagers");
    assertThat(notHis.status()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aClaimBySomeoneOutOfOfficeGoesToTheirDelegate() {
    UUID id = submit();
    Task task = approvalTask(id);
    String period = "{\"delegate\": \"deputymanager\", \"from\": \"" + LocalDate.now().minusDays(1) + "\", \"to\": \""
        + LocalDate.now().plusDays(3) + "\"}";
    assertThat(api.send("PUT", "salesmanager", "/api/out-of-office", period).status()).isEqualTo(200);
    try {
      assertThat(api.postJson("salesmanager", "/engine-rest/task/" + task.getId() + "/claim",
          "{\"userId\": \"salesmanager\"}").status()).isEqualTo(204);

      Task claimed = tasks.createTaskQuery().taskId(task.getId()).singleResult();
      assertThat(claimed.getAssignee()).isEqualTo("deputymanager");
      assertThat(claimed.getOwner()).isEqualTo("salesmanager");
      assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("timeline")).anySatisfy(e ->
          assertThat(e.get("detail").asText()).contains("salesmanager → deputymanager: out of office"));
    } finally {
      assertThat(api.send("DELETE", "salesmanager", "/api/out-of-office", null).status()).isEqualTo(204);
    }
    assertThat(api.get("salesmanager", "/api/out-of-office").status()).isEqualTo(404);
  }

  private UUID submit() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 10, "150"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private Task approvalTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult();
  }
}
