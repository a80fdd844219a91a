package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Timer_ApprovalEscalation;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Timer_ApprovalReminder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ApprovalExpired;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ApprovalStalled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.approval.AuthorityLimit;
import io.podesk.approval.AuthorityLimits;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerOnboarding;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One test per path of processes/approval.bpmn, as called from the purchase-order process. */
@IntegrationTest
class ApprovalProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired AuthorityLimits limits;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerOnboarding onboarding;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    ensureUser("twohats", 100000, "salesmanagers", "finance");
    ensureUser("juniormanager", 1000, "salesmanagers");
  }

  @Test
  void aSequentialChainNeedsTheSalesManagerThenFinance() {
    UUID id = submit(5000);

    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
    assertThat(complete("salesmanager", onlyTask(id), true, null)).isEqualTo(204);
    assertThat(groupsOfOpenTasks(id)).containsExactly("finance");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(complete("financeclerk", onlyTask(id), true, null)).isEqualTo(204);
    jobs.runDue(id);

    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("timeline")).filteredOn(e -> e.get("type").asText().equals("TASK_COMPLETED"))
        .extracting(e -> e.get("actor").asText()).containsExactly("salesmanager", "financeclerk");
    assertThat(order.get("approvals")).extracting(a -> a.get("approver").asText() + "/" + a.get("group").asText()
        + "/" + a.get("decision").asText())
        .containsExactly("salesmanager/salesmanagers/APPROVED", "financeclerk/finance/APPROVED");
    assertThat(order.get("timeline")).filteredOn(e -> e.get("type").asText().equals("APPROVAL_REQUESTED"))
        .extracting(e -> e.get("detail").asText())
        .allSatisfy(detail -> assertThat(detail).contains("SLA due"));
  }

  @Test
  void aParallelStepCompletesWithItsApprovalsThenTheDirectorDecides() {
    UUID id = submit(30000);

    assertThat(groupsOfOpenTasks(id)).containsExactlyInAnyOrder("finance", "creditcontrol");
    assertThat(complete("financeclerk", taskFor(id, "finance"), true, null)).isEqualTo(204);
    assertThat(groupsOfOpenTasks(id)).containsExactly("creditcontrol");
    assertThat(complete("creditcontroller", taskFor(id, "creditcontrol"), true, null)).isEqualTo(204);
    assertThat(groupsOfOpenTasks(id)).containsExactly("directors");
    assertThat(complete("director", onlyTask(id), true, null)).isEqualTo(204);
    jobs.runDue(id);

    assertThat(status(id)).isEqualTo("SENT_TO_ERP");
  }

  @Test
  void aStepOfThreeSlotsCompletesAfterTwoApprovals() throws Exception {
    String original = java.nio.file.Files.readString(java.nio.file.Path.of("processes/approval-routing.dmn"));
    // the analyst's change: above 25,000 any two of finance, credit control and the directors, in parallel
    String kOfN = inRule(inRule(original, "Rule_Director", "<text>2</text>", "<text>1</text>"),
        "Rule_Director", "<text>\"sequential\"</text>", "<text>\"parallel\"</text>");
    assertThat(kOfN).isNotEqualTo(original);
    deployRouting(kOfN);
    try {
      UUID id = submit(30000);
      assertThat(groupsOfOpenTasks(id)).containsExactlyInAnyOrder("finance", "creditcontrol", "directors");

      complete("financeclerk", taskFor(id, "finance"), true, null);
      assertThat(groupsOfOpenTasks(id)).hasSize(2);
      complete("director", taskFor(id, "directors"), true, null);
      jobs.runDue(id);

      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
      assertThat(status(id)).isEqualTo("SENT_TO_ERP");
    } finally {
      deployRouting(original);
    }
  }

  /** Replaces the first occurrence of a text inside one rule of the table. */
  private static String inRule(String dmn, String ruleId, String from, String to) {
    int start = dmn.indexOf("<rule id=\"" + ruleId + "\">");
    int end = dmn.indexOf("</rule>", start);
    int at = dmn.indexOf(from, start);
    assertThat(at).isBetween(start, end);
    return dmn.substring(0, at) + to + dmn.substring(at + from.length());
  }

  private void deployRouting(String dmn) {
    repository.createDeployment().name("k-of-n test").addString("approval-routing.dmn", dmn).deploy();
  }

  @Test
  void aRejectionMidChainEndsItWithItsReason() {
    UUID id = submit(5000);
    complete("salesmanager", onlyTask(id), true, null);

    Task financeTask = onlyTask(id);
    assertThat(api.get("financeclerk", "/engine-rest/task/" + financeTask.getId() + "/variables").json()
        .get("approvalsSoFar").get("value").asText()).isEqualTo("salesmanager (salesmanagers): approved");
    assertThat(complete("financeclerk", financeTask, false, "Budget frozen until Q3")).isEqualTo(204);

    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("REJECTED");
    assertThat(order.get("rejectionReason").asText()).isEqualTo("Budget frozen until Q3");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
  }

  @Test
  void nobodyCountsTwiceInOneChain() {
    UUID id = submit(5000);
    assertThat(complete("twohats", onlyTask(id), true, null)).isEqualTo(204);
    Task financeTask = onlyTask(id);

    var refused = api.postJson("twohats", "/engine-rest/task/" + financeTask.getId() + "/complete",
        body(true, null));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("already decided in this approval chain");
    identity.setAuthentication("twohats", List.of("salesmanagers", "finance"));
    try {
      assertThatThrownBy(() -> tasks.complete(financeTask.getId(), Map.of("approved", true)))
          .isInstanceOf(ProcessEngineException.class).hasStackTraceContaining("already decided");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskId(financeTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void nobodyApprovesTheirOwnOrder() {
    ensureUser("buyingmanager", 25000, "salesmanagers", "buyers");
    if (customers.person("buyingmanager").isEmpty()) {
      onboarding.addPerson(new CompanyPerson("buyingmanager", "northwind", CompanyRole.BUYER, "Bea Buyingmanager",
          "buyingmanager@podesk.example", new BigDecimal("50000")));
    }
    var created = api.postJson("buyingmanager", "/api/purchase-orders",
        Orders.json(Orders.northwindPoNumber(), 1, "1500.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);

    var refused = api.postJson("buyingmanager", "/engine-rest/task/" + onlyTask(id).getId() + "/complete",
        body(true, null));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Nobody approves their own purchase order");
    assertThat(complete("salesmanager", onlyTask(id), true, null)).isEqualTo(204);
  }

  @Test
  void anApproverAboveTheirAuthorityIsRefusedAndTheTaskEscalates() {
    UUID id = submit(1500);
    Task task = onlyTask(id);

    var refused = api.postJson("juniormanager", "/engine-rest/task/" + task.getId() + "/complete", body(true, null));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("authority limit is 1000");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
        .contains("salesmanagers", "directors");
    assertThat(order(id).get("timeline")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("ESCALATED");
      assertThat(e.get("detail").asText()).contains("salesmanagers → directors");
    });
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getDescription())
        .contains("Escalated from salesmanagers to directors").contains("authority limit is 1000");
    assertThat(complete("director", task, true, null)).isEqualTo(204);
  }

  @Test
  void remindsTheApproversEveryDay() {
    UUID id = submit(1500);
    String poNumber = order(id).get("poNumber").asText();

    jobs.fireTimer(chainOf(id), Timer_ApprovalReminder.name());
    jobs.fireTimer(chainOf(id), Timer_ApprovalReminder.name());

    org.awaitility.Awaitility.await().until(() ->
        Mailbox.find("salesmanager@podesk.example", "PO " + poNumber + ": your approval is still needed").size() == 2);
    var reminders = Mailbox.find("salesmanager@podesk.example", "PO " + poNumber + ": your approval is still needed");
    // each reminder carries a fresh decision link of its own
    assertThat(reminders).extracting(Mailbox::body).allSatisfy(body -> assertThat(body).contains("/links/"))
        .doesNotHaveDuplicates();
    assertThat(management.createJobQuery().processInstanceId(chainOf(id)).activityId(Timer_ApprovalReminder.name())
        .count()).isEqualTo(1);
  }

  @Test
  void escalatesToTheBackupGroupWhenTheSlaPasses() {
    UUID id = submit(1500);
    String poNumber = order(id).get("poNumber").asText();

    jobs.fireTimer(chainOf(id), Timer_ApprovalEscalation.name());

    assertThat(tasks.getIdentityLinksForTask(onlyTask(id).getId())).extracting(link -> link.getGroupId())
        .contains("salesmanagers", "directors");
    var escalated = Mailbox.awaitMail("director@podesk.example", "PO " + poNumber
        + ": approval escalated to directors");
    // the backup approver gets a decision link of their own, not only Tasklist
    assertThat(Mailbox.body(escalated)).contains("/links/");
    assertThat(Mailbox.html(escalated)).contains("/links/").contains("Approve or reject");
  }

  @Test
  void aStalledApprovalAlertsTheCompanysSalesRep() {
    UUID id = submit(1500);
    String poNumber = order(id).get("poNumber").asText();

    jobs.fireTimerOfOrder(id, Timer_ApprovalStalled.name());

    var alert = Mailbox.awaitMail("salesrep@podesk.example", "PO " + poNumber + ": approval stalled");
    assertThat(Mailbox.body(alert)).contains("waiting for salesmanagers");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(order(id).get("timeline")).anySatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("STALLED"));
    assertThat(management.createJobQuery().processInstanceId(jobs.processInstanceOf(id))
        .activityId(Timer_ApprovalStalled.name()).count()).isEqualTo(1);
  }

  @Test
  void theOrderExpiresWhenTheApprovalsDoNotComeInTime() {
    UUID id = submit(1500);
    String poNumber = order(id).get("poNumber").asText();

    jobs.fireTimerOfOrder(id, Timer_ApprovalExpired.name());

    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(order.get("statusReason").asText()).contains("No approval decision within 7 days");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
    var mail = Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " expired");
    assertThat(Mailbox.body(mail)).contains("No approval decision within 7 days");
  }

  @Test
  void aboveTheBuyersSpendLimitTheBuyersCompanyApprovesFirst() {
    String poNumber = Orders.acmePoNumber();
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "12000.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    api.upload("acmebuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", io.podesk.support.Pdfs.onePage());
    jobs.runDue(id);

    assertThat(groupsOfOpenTasks(id)).containsExactly("acmeapprovers");
    Task companyTask = onlyTask(id);
    assertThat(complete("nwapprover", companyTask, true, null)).isIn(403, 404);
    assertThat(complete("salesmanager", companyTask, true, null)).isIn(403, 404);
    assertThat(complete("acmeapprover", companyTask, true, null)).isEqualTo(204);
    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
    complete("salesmanager", onlyTask(id), true, null);
    complete("financeclerk", onlyTask(id), true, null);
    jobs.runDue(id);

    JsonNode order = api.get("acmebuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("approvals")).extracting(a -> a.get("approver").asText() + "/" + a.get("group").asText())
        .containsExactly("acmeapprover/acmeapprovers", "salesmanager/salesmanagers", "financeclerk/finance");
  }

  @Test
  void thresholdsApplyInTheBaseCurrency() {
    // 1,900 EUR is 2,052 USD: sales manager, then finance
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "1900")
        .replace("\"USD\"", "\"EUR\""));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    complete("salesmanager", onlyTask(id), true, null);
    assertThat(groupsOfOpenTasks(id)).containsExactly("finance");

    // no rate for JPY: such orders are refused at intake rather than left unroutable
    var yen = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "100")
        .replace("\"USD\"", "\"JPY\""));
    assertThat(yen.status()).isEqualTo(400);
    assertThat(yen.json().get("errors").get(0).get("message").asText()).contains("not accepted").contains("EUR");
  }

  @Test
  void authorityLimitsApplyInTheBaseCurrency() {
    // 950 EUR is 1,026 USD: above juniormanager's limit of 1,000 (USD), though 950 < 1,000
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "950")
        .replace("\"USD\"", "\"EUR\""));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);

    var refused = api.postJson("juniormanager", "/engine-rest/task/" + onlyTask(id).getId() + "/complete",
        body(true, null));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("this order of 1026.00");
  }

  @Test
  void withinTheSpendLimitTheBuyersCompanyIsNotAsked() {
    UUID id = submit(1500);
    assertThat(groupsOfOpenTasks(id)).containsExactly("salesmanagers");
  }

  private UUID submit(int total) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1,
        total + ".00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private String chainOf(UUID id) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
        .processInstanceBusinessKey(id.toString()).singleResult().getId();
  }

  private List<String> groupsOfOpenTasks(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).list().stream()
        .flatMap(task -> tasks.getIdentityLinksForTask(task.getId()).stream())
        .map(link -> link.getGroupId()).toList();
  }

  private Task onlyTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
  }

  private Task taskFor(UUID id, String group) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).taskCandidateGroup(group)
        .singleResult();
  }

  private int complete(String user, Task task, boolean approved, String reason) {
    return api.postJson(user, "/engine-rest/task/" + task.getId() + "/complete", body(approved, reason)).status();
  }

  private static String body(boolean approved, String reason) {
    return "{\"variables\": {\"approved\": {\"value\": " + approved + "}"
        + (reason == null ? "" : ", \"rejectionReason\": {\"value\": \"" + reason + "\"}") + "}}";
  }

  private JsonNode order(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json();
  }

  private String status(UUID id) {
    return order(id).get("status").asText();
  }

  private void ensureUser(String id, int authority, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setEmail(id + "@podesk.example");
      user.setPassword("demo");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(id, group);
      }
    }
    limits.save(new AuthorityLimit(id, new BigDecimal(authority), "USD"));
  }
}
