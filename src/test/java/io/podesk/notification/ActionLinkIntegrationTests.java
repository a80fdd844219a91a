package io.podesk.notification;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_DocumentReminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.approval.AuthorityLimit;
import io.podesk.approval.AuthorityLimits;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.support.WebSession;
import io.podesk.workflow.ApprovalTasks;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The links in mails, clicked over real HTTP: approve, upload, revise, and every way a link is refused. */
@IntegrationTest
class ActionLinkIntegrationTests {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/links/[A-Za-z0-9._-]+)");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired SignedLinks links;
  @Autowired ActionLinks rows;
  @Autowired ApprovalTasks approvalTasks;
  @Autowired IdentityService identity;
  @Autowired AuthorityLimits limits;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void theApproverApprovesFromTheLinkInTheirMail() {
    UUID id = submit(1500);
    String poNumber = poNumber(id);

    var mail = Mailbox.awaitMail("salesmanager@podesk.example", "PO " + poNumber + ": your approval is needed");
    String path = linkIn(Mailbox.body(mail));
    assertThat(Mailbox.html(mail)).contains("/links/").contains(poNumber);

    WebSession browser = new WebSession(port);
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(poNumber).contains("Northwind Health").contains("1500.00 USD")
        .contains("Ball bearing 6204").contains("salesmanager");
    HttpResponse<String> approved = browser.post(path, Map.of("decision", "approve"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("approval is recorded");
    jobs.runDue(id);

    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isIn("APPROVED", "SENT_TO_ERP");
    assertThat(order.get("approvals")).extracting(a -> a.get("approver").asText() + "/" + a.get("decision").asText())
        .containsExactly("salesmanager/APPROVED");
    Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " approved");

    HttpResponse<String> replayed = browser.post(path, Map.of("decision", "approve"));
    assertThat(replayed.statusCode()).isEqualTo(410);
    assertThat(replayed.body()).contains("already used").doesNotContain("Exception");
  }

  @Test
  void openingALinkChangesNothing() {
    UUID id = submit(1500);
    ActionLink link = approvalLink(id, "salesmanager");

    HttpResponse<String> page = new WebSession(port).get("/links/" + links.tokenOf(link));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(rows.findById(link.id()).orElseThrow().usedAt()).isNull();
    assertThat(openTasks(id)).isEqualTo(1);
    assertThat(order(id).get("status").asText()).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void anExpiredLinkIsRefused() {
    UUID id = submit(1500);
    String token = links.tokenOf(links.issue(id, ActionLink.Action.APPROVAL, "salesmanager",
        Instant.now().minusSeconds(60)));
    WebSession browser = new WebSession(port);

    HttpResponse<String> page = browser.get("/links/" + token);
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("expired");
    browser.get("/login");
    assertThat(browser.post("/links/" + token, Map.of("decision", "approve")).statusCode()).isEqualTo(410);
    assertThat(openTasks(id)).isEqualTo(1);
  }

  @Test
  void aTamperedLinkIsRefused() {
    UUID id = submit(1500);
    String token = links.newToken(id, ActionLink.Action.APPROVAL, "salesmanager");
    WebSession browser = new WebSession(port);

    for (int position : new int[] {3, token.indexOf('.') + 5, token.length() - 1}) {
      HttpResponse<String> page = browser.get("/links/" + changed(token, position));
      assertThat(page.statusCode()).as("changed at " + position).isEqualTo(404);
      assertThat(page.body()).contains("This link is not valid").doesNotContain("Exception");
    }
    assertThat(browser.get("/links/nonsense").statusCode()).isEqualTo(404);
    browser.get("/login");
    assertThat(browser.post("/links/" + changed(token, token.length() - 1), Map.of("decision", "approve"))
        .statusCode()).isEqualTo(404);
    assertThat(openTasks(id)).isEqualTo(1);
  }

  @Test
  void aLinkForSomeoneElseIsRefused() {
    UUID id = submit(1500);
    String token = links.newToken(id, ActionLink.Action.APPROVAL, "salesmanager");
    WebSession director = WebSession.loggedIn(port, "director");

    HttpResponse<String> page = director.get("/links/" + token);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("for someone else");
    assertThat(director.post("/links/" + token, Map.of("decision", "approve")).statusCode()).isEqualTo(403);
    assertThat(openTasks(id)).isEqualTo(1);
  }

  @Test
  void aLargeApprovalNeedsTheRecipientLoggedIn() {
    UUID id = submit(30000);
    // not financeclerk: the identity tests make the engine lock that account for a while
    String token = links.tokenOf(approvalLink(id, "creditcontroller"));
    String path = "/links/" + token;
    WebSession browser = new WebSession(port);

    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    browser.get("/login");
    HttpResponse<String> blind = browser.post(path, Map.of("decision", "approve"));
    assertThat(blind.statusCode()).isEqualTo(302);
    assertThat(openTasks(id)).isEqualTo(2);

    HttpResponse<String> login = browser.post("/login", Map.of("username", "creditcontroller", "password", "demo"));
    assertThat(login.headers().firstValue("Location").orElseThrow()).contains(path);
    assertThat(browser.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> approved = browser.post(path, Map.of("decision", "approve"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(openTasks(id)).isEqualTo(1);
  }

  @Test
  void aRejectionNeedsAReasonAndTheLinkStaysUsableUntilThen() {
    UUID id = submit(1500);
    String path = "/links/" + links.tokenOf(approvalLink(id, "salesmanager"));
    WebSession browser = new WebSession(port);
    browser.get(path);

    HttpResponse<String> refused = browser.post(path, Map.of("decision", "reject", "reason", " "));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("A rejection needs a reason");
    HttpResponse<String> rejected = browser.post(path, Map.of("decision", "reject",
        "reason", "Prices expired <script>alert(1)</script>"));
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    jobs.runDue(id);

    assertThat(order(id).get("status").asText()).isEqualTo("REJECTED");
    var mail = Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber(id) + " rejected");
    assertThat(Mailbox.body(mail)).contains("Prices expired <script>alert(1)</script>");
    assertThat(Mailbox.html(mail)).contains("Prices expired &lt;script&gt;").doesNotContain("<script>");

    WebSession buyer = new WebSession(port);
    String revise = linkIn(Mailbox.body(mail));
    assertThat(buyer.get(revise).statusCode()).isEqualTo(200);
    HttpResponse<String> toPortal = buyer.post(revise, Map.of());
    assertThat(toPortal.statusCode()).isEqualTo(302);
    assertThat(toPortal.headers().firstValue("Location").orElseThrow()).endsWith("/portal/orders/" + id + "/revise");
  }

  @Test
  void theBuyerUploadsTheMissingDocumentFromTheReminder() {
    String poNumber = Orders.acmePoNumber();
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(poNumber, 2, "100"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    jobs.fireTimer(id, Timer_DocumentReminder.name());

    var mail = Mailbox.awaitMail("acmebuyer@acme.example", "PO " + poNumber + ": document missing");
    String path = linkIn(Mailbox.body(mail));
    WebSession browser = new WebSession(port);
    assertThat(browser.get(path).statusCode()).isEqualTo(200);

    HttpResponse<String> notPdf = browser.postFile(path, "file", "po.pdf", "not a pdf".getBytes());
    assertThat(notPdf.statusCode()).isEqualTo(400);
    HttpResponse<String> uploaded = browser.postFile(path, "file", "po.pdf", Pdfs.onePage());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

    JsonNode order = api.get("acmebuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("document").get("uploadedBy").asText()).isEqualTo("acmebuyer");
    assertThat(browser.postFile(path, "file", "po.pdf", Pdfs.onePage()).statusCode()).isEqualTo(410);
  }

  @Test
  void aLinkFromBeforeARevisionActsOnNothing() {
    ensureSecondSalesManager();
    UUID id = submit(1500);
    String poNumber = poNumber(id);
    String subject = "PO " + poNumber + ": your approval is needed";
    String stale = linkIn(Mailbox.body(Mailbox.awaitMail("salesmanager@podesk.example", subject)));
    WebSession deputy = new WebSession(port);
    String deputyLink = linkIn(Mailbox.body(Mailbox.awaitMail("deputymanager@podesk.example", subject)));
    deputy.get(deputyLink);
    assertThat(deputy.post(deputyLink, Map.of("decision", "reject", "reason", "Wrong quantity")).statusCode())
        .isEqualTo(200);
    jobs.runDue(id);
    var revised = api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/revisions",
        Orders.json(poNumber, 1, "1400.00"));
    assertThat(revised.status()).as(revised.body()).isEqualTo(201);
    jobs.runDue(id);
    String newTask = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();

    WebSession browser = new WebSession(port);
    HttpResponse<String> page = browser.get(stale);
    browser.get("/login");
    HttpResponse<String> acted = browser.post(stale, Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link was for revision 1 of " + poNumber)
        .contains("the order has been revised since").contains("Nothing was changed");
    assertThat(acted.statusCode()).isEqualTo(410);
    assertThat(acted.body()).contains("revision 1 of " + poNumber);
    assertThat(order(id).get("status").asText()).isEqualTo("PENDING_APPROVAL");
    assertThat(order(id).get("approvals")).extracting(a -> a.get("decision").asText()).doesNotContain("APPROVED");
    assertThat(tasks.createTaskQuery().taskId(newTask).singleResult().getAssignee()).isNull();
    // the new revision's mail brings a link of its own, which works
    var mails = await().atMost(Duration.ofSeconds(20))
        .until(() -> Mailbox.find("salesmanager@podesk.example", subject), found -> found.size() == 2);
    assertThat(mails).extracting(mail -> linkIn(Mailbox.body(mail))).filteredOn(path -> !path.equals(stale))
        .singleElement().satisfies(fresh -> assertThat(browser.get(fresh).statusCode()).isEqualTo(200));
  }

  @Test
  void aLinkOfATaskReassignedSinceActsOnNothing() {
    ensureSecondSalesManager();
    UUID id = submit(1500);
    String poNumber = poNumber(id);
    String path = linkIn(Mailbox.body(Mailbox.awaitMail("salesmanager@podesk.example",
        "PO " + poNumber + ": your approval is needed")));
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
    tasks.setAssignee(taskId, "deputymanager");

    assertSupersededByHandOver(id, poNumber, path, taskId, "deputymanager");
  }

  @Test
  void aLinkOfADelegatedTaskActsOnNothing() {
    ensureSecondSalesManager();
    UUID id = submit(1500);
    String poNumber = poNumber(id);
    String path = linkIn(Mailbox.body(Mailbox.awaitMail("salesmanager@podesk.example",
        "PO " + poNumber + ": your approval is needed")));
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
    var handed = api.postJson("salesmanager", "/api/approval-tasks/" + taskId + "/delegation",
        "{\"to\": \"deputymanager\", \"reason\": \"on leave\"}");
    assertThat(handed.status()).as(handed.body()).isEqualTo(204);

    assertSupersededByHandOver(id, poNumber, path, taskId, "deputymanager");
  }

  @Test
  void aLinkTheDelegateGotBeforeTheHandOverStillWorksForThem() {
    ensureSecondSalesManager();
    UUID id = submit(1500);
    String poNumber = poNumber(id);
    String path = linkIn(Mailbox.body(Mailbox.awaitMail("deputymanager@podesk.example",
        "PO " + poNumber + ": your approval is needed")));
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
    assertThat(api.postJson("salesmanager", "/api/approval-tasks/" + taskId + "/delegation",
        "{\"to\": \"deputymanager\"}").status()).isEqualTo(204);

    WebSession browser = new WebSession(port);
    assertThat(browser.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> approved = browser.post(path, Map.of("decision", "approve"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(order(id).get("approvals")).extracting(a -> a.get("approver").asText())
        .containsExactly("deputymanager");
  }

  @Test
  void anApprovalLinkFromBeforeLinksWereBoundToTasksActsOnNothing() {
    UUID id = submit(1500);
    ActionLink unbound = links.issue(id, ActionLink.Action.APPROVAL, "salesmanager");
    WebSession browser = new WebSession(port);

    HttpResponse<String> page = browser.get("/links/" + links.tokenOf(unbound));
    browser.get("/login");
    HttpResponse<String> acted = browser.post("/links/" + links.tokenOf(unbound), Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("before links were tied to their approval task");
    assertThat(acted.statusCode()).isEqualTo(410);
    assertThat(openTasks(id)).isEqualTo(1);
    assertThat(rows.findById(unbound.id()).orElseThrow().usedAt()).isNull();
  }

  @Test
  void theApprovalMailLinksTheSignedPoThroughThePortalNotTheApi() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1,
        "1500.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    assertThat(api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "po.pdf", Pdfs.onePage()).status())
        .isEqualTo(201);
    jobs.runDue(id);

    var mail = Mailbox.awaitMail("salesmanager@podesk.example", "PO " + poNumber(id) + ": your approval is needed");
    Matcher document = Pattern.compile("https?://[^/\\s]+(/portal/orders/" + id + "/document)")
        .matcher(Mailbox.body(mail));
    assertThat(document.find()).as(Mailbox.body(mail)).isTrue();
    assertThat(Mailbox.body(mail)).doesNotContain("/api/");
    assertThat(Mailbox.html(mail)).contains("/portal/orders/" + id + "/document").doesNotContain("/api/");

    HttpResponse<String> anonymous = new WebSession(port).get(document.group(1));
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    HttpResponse<byte[]> pdf = WebSession.loggedIn(port, "salesmanager").getBytes(document.group(1));
    assertThat(pdf.statusCode()).isIn(200, 303);
  }

  private void assertSupersededByHandOver(UUID id, String poNumber, String path, String taskId, String holder) {
    WebSession browser = new WebSession(port);
    HttpResponse<String> page = browser.get(path);
    browser.get("/login");
    HttpResponse<String> acted = browser.post(path, Map.of("decision", "approve"));

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link was for an approval task of " + poNumber)
        .contains("handed to someone else").contains("Nothing was changed");
    assertThat(acted.statusCode()).isEqualTo(410);
    assertThat(acted.body()).contains("handed to someone else");
    assertThat(order(id).get("status").asText()).isEqualTo("PENDING_APPROVAL");
    assertThat(order(id).get("approvals")).isEmpty();
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(holder);
  }

  /** A colleague of the sales manager's, in the same group, with the same authority. */
  private void ensureSecondSalesManager() {
    if (identity.createUserQuery().userId("deputymanager").count() == 0) {
      User user = identity.newUser("deputymanager");
      user.setEmail("deputymanager@podesk.example");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("deputymanager", "salesmanagers");
      limits.save(new AuthorityLimit("deputymanager", new BigDecimal("25000"), "USD"));
    }
  }

  private UUID submit(int total) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1,
        total + ".00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  /** A link as the approval mail issues it: for the task the user may decide, at the order's first revision. */
  private ActionLink approvalLink(UUID id, String user) {
    String taskId = approvalTasks.openTaskOf(id, user).orElseThrow().taskId();
    return links.issueForTask(id, user, taskId, 1, null);
  }

  private JsonNode order(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json();
  }

  private String poNumber(UUID id) {
    return order(id).get("poNumber").asText();
  }

  private long openTasks(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count();
  }

  private static String linkIn(String body) {
    Matcher matcher = LINK.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private static String changed(String token, int position) {
    char c = token.charAt(position);
    char other = c == 'a' ? 'b' : 'a';
    return token.substring(0, position) + other + token.substring(position + 1);
  }
}
