package io.podesk.portal;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushOrderToErp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerOnboarding;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import io.podesk.support.WebSession;
import jakarta.mail.Flags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff dashboard over real HTTP, with orders of two companies of its own (so other tests' orders do not
 * change the numbers): one waiting for approval, one past its SLA, one approved and one rejected (their tasks
 * opened 2 and 6 hours before the decision), one in credit hold, and one of the second company waiting for its
 * document.
 */
@IntegrationTest
class StaffDashboardIntegrationTests {

  private static final String SUFFIX = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 1000000));
  private static final String COMPANY = "dash" + SUFFIX;
  private static final String COMPANY_NAME = "Dash \"Quoted\", Inc " + SUFFIX;
  private static final String ERP_COMPANY = "dasherp" + SUFFIX;
  private static final String ERP_BUYER = "dasherpbuyer" + SUFFIX;
  private static final String DOC_COMPANY = "dashdoc" + SUFFIX;
  private static final String REP = "rep" + SUFFIX;
  private static final String DOC_REP = "docrep" + SUFFIX;
  private static final String BUYER = "dashbuyer" + SUFFIX;
  private static final String DOC_BUYER = "dashdocbuyer" + SUFFIX;
  private static final String FORMULA_PO = "=SUM(1,2)";

  private static UUID pending;
  private static UUID stalled;
  private static UUID approved;
  private static UUID rejected;
  private static UUID creditHold;
  private static UUID awaitingDocument;
  private static UUID failingPush;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired CustomerOnboarding onboarding;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (pending == null) {
      createCompanies();
      createOrders();
    }
  }

  @Test
  void theWorkListShowsWaitingOrdersWithSlaDueWaitingGroupAndTasklistLink() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    var page = manager.get("/staff?company=" + COMPANY);

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(rowIds(html)).containsExactlyInAnyOrder(pending, stalled, creditHold);
    Task pendingTask = openTask(pending);
    String pendingRow = row(html, pending);
    assertThat(pendingRow)
        .contains("href=\"/portal/orders/" + pending + "\"")
        .contains(FORMULA_PO)
        .contains("badge badge-PENDING_APPROVAL")
        .contains("1000.00 USD")
        .contains(Formats.time(pendingTask.getDueDate().toInstant()))
        .contains("salesmanagers")
        .contains("href=\"/camunda/app/tasklist/default/#/?task=" + pendingTask.getId() + "\"")
        .doesNotContain("Past SLA");
    assertThat(row(html, stalled)).contains("Past SLA").contains("salesmanagers");
    assertThat(row(html, creditHold)).contains("badge badge-CREDIT_HOLD").contains("creditcontrol")
        .contains("href=\"/camunda/app/tasklist/default/#/?task=" + openTask(creditHold).getId() + "\"");
    assertThat(html.indexOf(stalled.toString())).as("past SLA first").isLessThan(html.indexOf(pending.toString()));
    assertThat(html).contains("<label for=\"status\">").contains("<label for=\"company\">")
        .contains("<label for=\"salesRep\">");
  }

  @Test
  void filtersNarrowTheWorkList() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    assertThat(rowIds(manager.get("/staff?company=" + COMPANY + "&status=CREDIT_HOLD").body()))
        .containsExactly(creditHold);
    assertThat(rowIds(manager.get("/staff?company=" + COMPANY + "&status=STALLED").body()))
        .containsExactly(stalled);
    assertThat(rowIds(manager.get("/staff?salesRep=" + REP).body()))
        .containsExactlyInAnyOrder(pending, stalled, creditHold, failingPush);
    String documentPage = manager.get("/staff?salesRep=" + DOC_REP).body();
    assertThat(rowIds(documentPage)).containsExactly(awaitingDocument);
    assertThat(row(documentPage, awaitingDocument)).contains("badge badge-AWAITING_DOCUMENT")
        .contains("buyer (document)");
    assertThat(rowIds(manager.get("/staff?status=AWAITING_DOCUMENT&salesRep=" + REP).body())).isEmpty();
  }

  @Test
  void theWorkListExportsAsCsvWithFormulaCellsDefused() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    HttpResponse<String> csv = manager.get("/staff/work.csv?company=" + COMPANY);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"work-list.csv\"");
    List<List<String>> rows = parseCsv(csv.body());
    List<String> header = rows.get(0);
    assertThat(header).startsWith("company", "po_number", "total", "currency", "status");
    assertThat(rows).hasSize(4);
    List<String> pendingRow = rows.stream().filter(r -> r.contains(pending.toString())).findFirst().orElseThrow();
    assertThat(pendingRow.get(header.indexOf("company"))).isEqualTo(COMPANY_NAME);
    assertThat(pendingRow.get(header.indexOf("po_number"))).isEqualTo("'" + FORMULA_PO);
    assertThat(pendingRow.get(header.indexOf("status"))).isEqualTo("PENDING_APPROVAL");
    assertThat(pendingRow.get(header.indexOf("waiting_on"))).isEqualTo("salesmanagers");
    assertThat(pendingRow.get(header.indexOf("task_id"))).isEqualTo(openTask(pending).getId());
    assertThat(Instant.parse(pendingRow.get(header.indexOf("sla_due"))))
        .isCloseTo(openTask(pending).getDueDate().toInstant(), within(1, ChronoUnit.SECONDS));
    List<String> stalledRow = rows.stream().filter(r -> r.contains(stalled.toString())).findFirst().orElseThrow();
    assertThat(stalledRow.get(header.indexOf("past_sla"))).isEqualTo("yes");
  }

  @Test
  void analyticsGiveCycleTimesAndRejectionRatePerTier() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    HttpResponse<String> csv = manager.get("/staff/analytics/approval-tiers.csv?company=" + COMPANY);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("approval-tiers.csv");
    List<List<String>> rows = parseCsv(csv.body());
    assertThat(rows.get(0)).containsExactly("tier", "decisions", "approved", "rejected", "rejection_rate_percent",
        "timed_decisions", "median_cycle_hours", "p90_cycle_hours");
    // tasks opened 2 h and 6 h before their decisions: median 4 h, p90 2 + 0.9 × 4 = 5.6 h
    assertThat(rows.subList(1, rows.size())).containsExactly(
        List.of("salesmanagers", "2", "1", "1", "50.0", "2", "4.00", "5.60"),
        List.of("all tiers", "2", "1", "1", "50.0", "2", "4.00", "5.60"));

    String page = manager.get("/staff/analytics?company=" + COMPANY).body();
    assertThat(page).contains("data-chart-data=").contains("/webjars/chart.js/4.4.1/dist/chart.umd.js")
        .contains("/js/staff-charts.js");
    assertThat(tableRow(page, "cycle-times", "salesmanagers")).contains(">2<").contains(">4.0<").contains(">5.6<");
    assertThat(tableRow(page, "rejections", "salesmanagers")).contains(">1<").contains("50.0 %");
  }

  @Test
  void analyticsCountOrdersByStatusAndExportThem() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    List<List<String>> rows = parseCsv(manager.get("/staff/analytics/statuses.csv?company=" + COMPANY).body());

    assertThat(rows.get(0)).containsExactly("status", "orders");
    assertThat(rows).contains(List.of("PENDING_APPROVAL", "2"), List.of("CREDIT_HOLD", "1"),
        List.of("REJECTED", "1"));
    assertThat(rows.stream().mapToInt(r -> r.get(1).equals("orders") ? 0 : Integer.parseInt(r.get(1))).sum())
        .isEqualTo(5);
    var erp = manager.get("/staff/analytics/erp-failures.csv");
    assertThat(erp.statusCode()).isEqualTo(200);
    assertThat(parseCsv(erp.body()).get(0)).startsWith("purchase_order_id", "po_number", "company", "error");
    assertThat(manager.get("/staff/analytics/passwords.csv").statusCode()).isEqualTo(404);
  }

  @Test
  void anOrderWhosePushToTheErpFailsIsStuckAndCountsAsAnErpSyncFailure() {
    var manager = WebSession.loggedIn(port, "director");

    String stuck = manager.get("/staff?status=STUCK&company=" + ERP_COMPANY).body();
    assertThat(rowIds(stuck)).containsExactly(failingPush);
    assertThat(row(stuck, failingPush)).contains("ERP push failing").contains("operations");

    List<List<String>> failures = parseCsv(manager.get("/staff/analytics/erp-failures.csv?company=" + ERP_COMPANY)
        .body());
    assertThat(failures).hasSize(2);
    assertThat(failures.get(1).get(0)).isEqualTo(failingPush.toString());
    assertThat(failures.get(1).get(1)).isEqualTo("'=cmd|'calc'!A0");
    assertThat(failures.get(1).get(3)).contains("Could not export order");
    assertThat(manager.get("/staff/analytics").body()).containsPattern("[1-9]\\d* push\\(es\\) ran out of retries");
  }

  @Test
  void chartAssetsAreServed() {
    var manager = WebSession.loggedIn(port, "salesmanager");

    assertThat(manager.getBytes("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    assertThat(manager.getBytes("/js/staff-charts.js").statusCode()).isEqualTo(200);
  }

  @Test
  void buyersAreRefusedTheDashboardAndItsExports() {
    var buyer = WebSession.loggedIn(port, "acmebuyer");

    assertThat(buyer.get("/staff").statusCode()).isEqualTo(403);
    assertThat(buyer.get("/staff/work.csv").statusCode()).isEqualTo(403);
    assertThat(buyer.get("/staff/analytics").statusCode()).isEqualTo(403);
    assertThat(buyer.get("/staff/analytics/approval-tiers.csv").statusCode()).isEqualTo(403);
    assertThat(new WebSession(port).get("/staff/work.csv").statusCode()).isEqualTo(302);
  }

  private void createCompanies() {
    onboarding.addCompany(new CustomerTerms(COMPANY, COMPANY_NAME, PaymentTerms.NET_30, "USD",
        new BigDecimal("10000"), PoNumberPolicy.optional(), false, "smb", "NA", "low", REP, 7, 1));
    onboarding.addCompany(new CustomerTerms(DOC_COMPANY, "Dash Documents " + SUFFIX, PaymentTerms.NET_30, "USD",
        new BigDecimal("100000"), PoNumberPolicy.optional(), true, "smb", "NA", "low", DOC_REP, 7, 1));
    buyer(BUYER, COMPANY);
    buyer(DOC_BUYER, DOC_COMPANY);
    onboarding.addCompany(new CustomerTerms(ERP_COMPANY, "Dash ERP " + SUFFIX, PaymentTerms.NET_30, "USD",
        new BigDecimal("100000"), PoNumberPolicy.optional(), false, "smb", "NA", "low", REP, 7, 1));
    buyer(ERP_BUYER, ERP_COMPANY);
  }

  private void buyer(String userId, String company) {
    onboarding.addPerson(new CompanyPerson(userId, company, CompanyRole.BUYER, "Dana Dash", userId + "@dash.example",
        new BigDecimal("1000000")));
    User user = identity.newUser(userId);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(userId, "buyers");
  }

  private void createOrders() {
    pending = submit(BUYER, FORMULA_PO, 1000);
    stalled = submit(BUYER, "DASH-STALLED", 1500);
    Task stalledTask = openTask(stalled);
    stalledTask.setDueDate(Date.from(Instant.now().minus(Duration.ofHours(1))));
    tasks.saveTask(stalledTask);

    approved = submitOpenedHoursAgo("DASH-APPROVED", 2);
    rejected = submitOpenedHoursAgo("DASH-REJECTED", 6);
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + openTask(approved).getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + openTask(rejected).getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": false}, \"rejectionReason\": {\"value\": \"Too dear\"}}}")
        .status()).isEqualTo(204);
    jobs.runDue(approved);
    jobs.runDue(rejected);
    assertThat(status(rejected)).isEqualTo("REJECTED");

    creditHold = submit(BUYER, "DASH-CREDIT", 20000);
    assertThat(status(creditHold)).isEqualTo("CREDIT_HOLD");
    awaitingDocument = submit(DOC_BUYER, "DOC-1", 800);
    assertThat(status(awaitingDocument)).isEqualTo("AWAITING_DOCUMENT");
    assertThat(status(pending)).isEqualTo("PENDING_APPROVAL");
    failingPush = orderWhosePushRunsOutOfRetries();
  }

  /** An order approved without anyone (a small total) whose export folder cannot be created: an incident. */
  private UUID orderWhosePushRunsOutOfRetries() {
    Path blocker = TestInfrastructure.erpFolder().resolve(ERP_COMPANY);
    try {
      Files.createDirectories(blocker.getParent());
      Files.writeString(blocker, "not a folder");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UUID id = create(ERP_BUYER, "=cmd|'calc'!A0", 100);
    assertThatThrownBy(() -> jobs.runDue(id)).hasStackTraceContaining("Could not export order");
    Job push = management.createJobQuery().processInstanceId(jobs.processInstanceOf(id))
        .activityId(Task_PushOrderToErp.name()).singleResult();
    management.setJobRetries(push.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(push.getId())).hasStackTraceContaining("Could not export order");
    removeOperationsAlertAbout(ERP_COMPANY);
    return id;
  }

  /**
   * The incident mailed operations; other tests read the first such alert as theirs, so this one, having done
   * its job, leaves the shared mailbox.
   */
  private static void removeOperationsAlertAbout(String company) {
    String operations = "operations@podesk.example";
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.find(operations, "Push to ERP failed").stream()
        .anyMatch(mail -> Mailbox.body(mail).contains(company)));
    var greenMail = TestInfrastructure.greenMail();
    try {
      MailFolder inbox = greenMail.getManagers().getImapHostManager()
          .getInbox(greenMail.getUserManager().getUserByEmail(operations));
      inbox.getMessages().stream()
          .filter(message -> Mailbox.body(message.getMimeMessage()).contains(company))
          .forEach(message -> message.setFlag(Flags.Flag.DELETED, true));
      inbox.expunge();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
    assertThat(Mailbox.find(operations, "Push to ERP failed"))
        .noneMatch(mail -> Mailbox.body(mail).contains(company));
  }

  /** Submits an order whose approval task the engine opens the given hours in the past. */
  private UUID submitOpenedHoursAgo(String poNumber, int hours) {
    UUID id = create(BUYER, poNumber, 1000);
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofHours(hours))));
    try {
      jobs.runDue(id);
    } finally {
      ClockUtil.reset();
    }
    return id;
  }

  private UUID submit(String buyer, String poNumber, int total) {
    UUID id = create(buyer, poNumber, total);
    jobs.runDue(id);
    return id;
  }

  private UUID create(String buyer, String poNumber, int total) {
    var created = api.postJson(buyer, "/api/purchase-orders", Orders.json(poNumber, 1, total + ".00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asText());
  }

  private String status(UUID id) {
    return api.get("salesmanager", "/api/purchase-orders/" + id).json().get("status").asText();
  }

  private Task openTask(UUID order) {
    return tasks.createTaskQuery().processInstanceBusinessKey(order.toString()).active().singleResult();
  }

  private static final Pattern ROW = Pattern.compile("<tr data-order-id=\"([0-9a-f-]{36})\">(.*?)</tr>",
      Pattern.DOTALL);

  private static List<UUID> rowIds(String html) {
    List<UUID> ids = new ArrayList<>();
    Matcher matcher = ROW.matcher(html);
    while (matcher.find()) {
      ids.add(UUID.fromString(matcher.group(1)));
    }
    return ids;
  }

  private static String row(String html, UUID id) {
    Matcher matcher = ROW.matcher(html);
    while (matcher.find()) {
      if (matcher.group(1).equals(id.toString())) {
        return matcher.group(2);
      }
    }
    throw new AssertionError("No row for " + id);
  }

  private static String tableRow(String html, String tableId, String tier) {
    String table = html.substring(html.indexOf("<table id=\"" + tableId + "\""));
    table = table.substring(0, table.indexOf("</table>"));
    Matcher matcher = Pattern.compile("<tr data-tier=\"" + Pattern.quote(tier) + "\">(.*?)</tr>", Pattern.DOTALL)
        .matcher(table);
    assertThat(matcher.find()).as("row " + tier + " in " + tableId).isTrue();
    return matcher.group(1);
  }

  /** RFC 4180: quoted fields with doubled quotes, CRLF between records. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field.toString()).as("CSV ends with CRLF").isEmpty();
    return rows;
  }
}
