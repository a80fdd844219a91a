package io.podesk.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.approval.AuthorityLimit;
import io.podesk.approval.AuthorityLimits;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The approval plan is the server's: whatever variables reach the engine with a task completion (here through the
 * Java API, past the REST API's own refusal of such bodies), who approves, how many, which order a decision is for
 * and whether a step is done come from the stored plan and the recorded decisions.
 */
@IntegrationTest
class ServerOwnedApprovalPlanTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired AuthorityLimits limits;
  @Autowired PurchaseOrderCommands lifecycle;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (identity.createUserQuery().userId("juniormanager").count() == 0) {
      User user = identity.newUser("juniormanager");
      user.setFirstName("Junior");
      user.setLastName("Manager");
      user.setEmail("juniormanager@podesk.example");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("juniormanager", "salesmanagers");
    }
    limits.save(new AuthorityLimit("juniormanager", new BigDecimal(1000), "USD"));
  }

  @Test
  void aRewrittenPlanVariableDoesNotRemoveTheSellerSteps() {
    UUID id = acmeOrderAboveTheSpendLimit("15000.00");
    Task companyStep = onlyTask(id);
    assertThat(groupsOf(companyStep)).containsExactly("acmeapprovers");

    // the exploit of issue 11: the customer's approver approves and rewrites the plan so no seller step is left
    completeAs("acmeapprover", companyStep, Map.of("approved", true,
        "approvalSteps", SpinValues.jsonValue("[{\"step\":0,\"required\":1,\"slots\":[]}]").create(),
        "autoApproved", true, "rejected", false));
    jobs.runDue(id);

    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(groupsOf(onlyTask(id))).containsExactly("salesmanagers");
    completeAs("salesmanager", onlyTask(id), Map.of("approved", true));
    assertThat(groupsOf(onlyTask(id))).containsExactly("finance");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void aVariableNamedLikeTheBeanThePlanIsReadThroughIsRefused() {
    UUID id = northwindOrder("1500.00");
    Task task = onlyTask(id);

    assertThatThrownBy(() -> completeAs("salesmanager", task, Map.of("approved", true, "approvalPlan", "[]")))
        .hasStackTraceContaining("'approvalPlan' is reserved");

    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtime.createVariableInstanceQuery().variableName("approvalPlan").count()).isZero();
    completeAs("salesmanager", task, Map.of("approved", true));
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");
  }

  @Test
  void aRewrittenSlotDoesNotLiftTheApproversAuthorityLimit() {
    UUID id = northwindOrder("1500.00");
    Task task = onlyTask(id);

    // 'buyer' side would mean no seller authority limit applies
    assertThatThrownBy(() -> completeAs("juniormanager", task, Map.of("approved", true,
        "approvalSlot", SpinValues.jsonValue("{\"group\":\"salesmanagers\",\"backupGroup\":\"salesmanagers\","
            + "\"side\":\"buyer\"}").create(), "approvalStep", 0)))
        .hasStackTraceContaining("authority limit is 1000");

    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(order(id).get("approvals")).isEmpty();
  }

  @Test
  void aRewrittenOrderIdDoesNotDecideAnotherOrder() {
    UUID decided = northwindOrder("1500.00");
    UUID other = northwindOrder("1600.00");

    completeAs("salesmanager", onlyTask(decided), Map.of("approved", true, "purchaseOrderId", other.toString()));
    jobs.runDue(decided);
    jobs.runDue(other);

    assertThat(status(decided)).isEqualTo("SENT_TO_ERP");
    assertThat(order(decided).get("approvals")).extracting(a -> a.get("approver").asText())
        .containsExactly("salesmanager");
    assertThat(status(other)).isEqualTo("PENDING_APPROVAL");
    assertThat(order(other).get("approvals")).isEmpty();
    assertThat(groupsOf(onlyTask(other))).containsExactly("salesmanagers");
  }

  @Test
  void aRewrittenCompletionCounterCannotEndTheChainEarly() {
    // 5,000: the sales managers, then finance
    UUID id = northwindOrder("5000.00");
    String chain = runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
        .processInstanceBusinessKey(id.toString()).singleResult().getId();
    VariableInstance steps = runtime.createVariableInstanceQuery().processInstanceIdIn(chain)
        .variableName("nrOfInstances").list().stream().filter(v -> Integer.valueOf(2).equals(v.getValue()))
        .findFirst().orElseThrow();
    // the step loop now believes the sales managers' step is its last
    runtime.setVariableLocal(steps.getExecutionId(), "nrOfInstances", 1);
    Task salesManagers = onlyTask(id);

    assertThatThrownBy(() -> completeAs("salesmanager", salesManagers, Map.of("approved", true)))
        .hasStackTraceContaining("its approval plan is not complete");

    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(tasks.createTaskQuery().taskId(salesManagers.getId()).count()).isEqualTo(1);
    assertThat(order(id).get("approvals")).isEmpty();
  }

  @Test
  void theOrderRefusesApprovalWhileItsPlanIsIncomplete() {
    UUID id = northwindOrder("1500.00");

    assertThatThrownBy(() -> lifecycle.approve(PurchaseOrderId.of(id)))
        .hasMessageContaining("approval plan is not complete");

    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
  }

  private UUID acmeOrderAboveTheSpendLimit(String total) {
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(Orders.acmePoNumber(), 1, total));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage());
    jobs.runDue(id);
    return id;
  }

  private UUID northwindOrder(String total) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, total));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private void completeAs(String user, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task onlyTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
  }

  private List<String> groupsOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
        .filter(java.util.Objects::nonNull).toList();
  }

  private com.fasterxml.jackson.databind.JsonNode order(UUID id) {
    return api.get("admin", "/api/purchase-orders/" + id).json();
  }

  private String status(UUID id) {
    return order(id).get("status").asText();
  }
}
