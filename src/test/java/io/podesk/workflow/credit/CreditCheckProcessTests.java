package io.podesk.workflow.credit;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.credit.CreditCheckProcess.Element.Task_ResolveCreditHold;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerOnboarding;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.shared.CompanyId;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.math.BigDecimal;
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

/** One test per path of processes/credit-check.bpmn, at submission and on final approval. */
@IntegrationTest
class CreditCheckProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerOnboarding onboarding;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (customers.find(CompanyId.of("tinyco")).isEmpty()) {
      onboarding.addCompany(new CustomerTerms("tinyco", "Tiny Co", PaymentTerms.NET_30, "USD", new BigDecimal("1000"),
          PoNumberPolicy.optional(), false, "smb", "NA", "low", "salesrep", 7, 1));
      onboarding.addPerson(new CompanyPerson("tinybuyer", "tinyco", CompanyRole.BUYER, "Tina Tiny", "tina@tiny.example",
          new BigDecimal("100000")));
      User user = identity.newUser("tinybuyer");
      user.setEmail("tina@tiny.example");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("tinybuyer", "buyers");
    }
  }

  @Test
  void anOrderWithinCreditPassesWithoutAHold() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "100"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);

    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("timeline")).filteredOn(e -> e.get("type").asText().equals("CREDIT_CHECKED"))
        .hasSize(2).allSatisfy(e -> assertThat(e.get("detail").asText()).contains("fits"));
  }

  @Test
  void creditControlOverridesTheHoldAtSubmissionAndOnApproval() {
    UUID id = submit(1500);
    assertThat(status(id)).isEqualTo("CREDIT_HOLD");
    Task hold = holdTask(id);
    assertThat(api.get("creditcontroller", "/engine-rest/task/" + hold.getId() + "/variables").json()
        .get("creditSummary").get("value").asText()).contains("exceeds it by 500");
    assertThat(resolve("salesmanager", hold, true, "ok")).isIn(403, 404);
    assertThat(resolve("creditcontroller", hold, true, null)).isEqualTo(400);
    assertThat(api.postJson("creditcontroller", "/engine-rest/task/" + hold.getId() + "/complete",
        "{\"variables\": {\"creditHoldReason\": {\"value\": \"no decision given\"}}}").status()).isEqualTo(400);
    assertThat(resolve("creditcontroller", hold, true, "Long-standing customer, paid early")).isEqualTo(204);
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");

    Task approval = tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult();
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + approval.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    assertThat(status(id)).isEqualTo("CREDIT_HOLD");
    assertThat(resolve("creditcontroller", holdTask(id), true, "Still fine")).isEqualTo(204);
    jobs.runDue(id);

    assertThat(status(id)).isEqualTo("SENT_TO_ERP");
  }

  @Test
  void creditControlRefusesAndTheOrderIsRejectedWithTheReason() {
    UUID id = submit(1500);

    assertThat(resolve("creditcontroller", holdTask(id), false, "Two invoices overdue")).isEqualTo(204);
    jobs.runDue(id);

    JsonNode order = api.get("tinybuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("REJECTED");
    assertThat(order.get("rejectionReason").asText()).contains("Two invoices overdue");
  }

  private UUID submit(int total) {
    var created = api.postJson("tinybuyer", "/api/purchase-orders", Orders.json(null, 1, total + ".00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private Task holdTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ResolveCreditHold.name()).singleResult();
  }

  private int resolve(String user, Task task, boolean override, String reason) {
    return api.postJson(user, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"override\": {\"value\": " + override + "}"
            + (reason == null ? "" : ", \"creditHoldReason\": {\"value\": \"" + reason + "\"}") + "}}").status();
  }

  private String status(UUID id) {
    return api.get("tinybuyer", "/api/purchase-orders/" + id).json().get("status").asText();
  }

}
