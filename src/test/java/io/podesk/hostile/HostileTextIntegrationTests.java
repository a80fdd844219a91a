package io.podesk.hostile;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import io.podesk.support.WebSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile text that is allowed in (expressions, SQL, HTML in free-text fields; odd file names) is kept verbatim and
 * never evaluated or rendered as markup anywhere it goes: the order, its process variables, its ERP export, its
 * mails, its portal page, the document store.
 */
@IntegrationTest
class HostileTextIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXPRESSION = "${1+1} #{1+1} ${execution.setVariable('pwned', true)}";
  private static final String SQL = "'; DROP TABLE purchase_orders; --";
  private static final String SCRIPT = "<script>alert('pwned')</script><img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void expressionsSqlAndHtmlInEveryTextFieldAreKeptVerbatimAndNeverEvaluated() throws IOException {
    String poNumber = Orders.northwindPoNumber();
    String body = """
        {"poNumber": "%s", "currency": "USD",
         "lines": [{"sku": "BRG-6204", "description": %s, "quantity": 2, "unitPrice": "10.00"}],
         "shipTo": {"name": %s, "street": %s, "city": %s, "postalCode": "${1+1}'--", "country": "US"},
         "notes": %s}
        """.formatted(poNumber, quoted(EXPRESSION), quoted(SQL), quoted(SCRIPT), quoted("#{1+1}"),
        quoted(EXPRESSION + " " + SQL + " " + SCRIPT));
    var created = api.postJson("nwbuyer", "/api/purchase-orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());

    jobs.runDue(id);

    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertVerbatim(order);
    JsonNode export = JSON.readTree(TestInfrastructure.erpFolder().resolve("northwind").resolve(poNumber + ".json")
        .toFile());
    assertThat(export.toString()).contains(quotedInner(EXPRESSION));
    assertThat(export.findValuesAsText("description")).contains(EXPRESSION);
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(historicInstances(id)).list();
    assertThat(variables).extracting(HistoricVariableInstance::getName).doesNotContain("pwned");
    assertThat(variables).filteredOn(v -> v.getName().equals("lines")).isNotEmpty()
        .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).contains(quotedInner(EXPRESSION)));
    var page = WebSession.loggedIn(port, "nwbuyer").get("/portal/orders/" + id).body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;").contains("${1+1} #{1+1}");
    for (var mail : Mailbox.find("nwbuyer@northwind.example", poNumber)) {
      assertThat(Mailbox.body(mail)).doesNotContain("pwned\" true");
    }
  }

  @Test
  void aRejectionReasonWithExpressionsAndHtmlReachesTheMailAndThePageLiterally() {
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 10, "150.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(id.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).singleResult();
    String reason = "Prices ${1+1} #{1+1} <b>expired</b> " + SQL;

    var completed = api.postJson("salesmanager", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": false}, \"rejectionReason\": {\"value\": " + quoted(reason)
            + "}}}");

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("rejectionReason").asText())
        .isEqualTo(reason);
    var mail = Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + " rejected");
    assertThat(Mailbox.body(mail)).contains(reason);
    assertThat(WebSession.loggedIn(port, "nwbuyer").get("/portal/orders/" + id).body())
        .contains("&lt;b&gt;expired&lt;/b&gt;").doesNotContain("<b>expired</b>").contains("${1+1} #{1+1}");
  }

  @ParameterizedTest(name = "upload named {0}")
  @ValueSource(strings = {"../../etc/passwd.pdf", "..\\..\\boot.ini", "/etc/cron.d/evil.pdf", "C:\\Windows\\win.ini",
      "..", "\u202egpj.pdf", "<script>alert(1)</script>.pdf", "%2e%2e%2f%2e%2e%2fhosts.pdf"})
  void storesAnUploadUnderAHarmlessNameAndOnlyInTheStore(String fileName) throws IOException {
    UUID id = nwOrder();
    Set<Path> before = filesUnder(TestInfrastructure.workDir());

    var uploaded = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", fileName,
        HostileInputs.onePage());

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String stored = uploaded.json().get("fileName").asText();
    assertThat(stored).doesNotContain("/").doesNotContain("\\").isNotIn(".", "..")
        .doesNotContainPattern("[\\p{Cc}\\p{Cf}]").hasSizeBetween(1, 200);
    Path store = TestInfrastructure.workDir().resolve("documents");
    assertThat(filesUnder(TestInfrastructure.workDir()).stream().filter(file -> !before.contains(file)))
        .isNotEmpty().allSatisfy(file -> assertThat(file.normalize()).startsWith(store));
    var page = WebSession.loggedIn(port, "nwbuyer").get("/portal/orders/" + id).body();
    assertThat(page).doesNotContain("<script>alert(1)");
    var download = api.get("nwbuyer", "/api/purchase-orders/" + id + "/document");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
  }

  @Test
  void aNulInTheFileNameMakesATornUploadThatLeavesNothingBehind() throws IOException {
    UUID id = nwOrder();
    Set<Path> before = filesUnder(TestInfrastructure.workDir());

    var uploaded = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "a\u0000b.pdf",
        HostileInputs.onePage());

    assertThat(uploaded.status()).isEqualTo(400);
    assertThat(uploaded.contentType()).isEqualTo("application/problem+json");
    assertThat(uploaded.json().get("detail").asText()).contains("multipart/form-data");
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().has("document")).isFalse();
    assertThat(filesUnder(TestInfrastructure.workDir())).isEqualTo(before);
  }

  @Test
  void aVeryLongFileNameIsCutToTwoHundredCharactersOrRefusedClearly() {
    UUID id = nwOrder();

    var uploaded = api.upload("nwbuyer", "/api/purchase-orders/" + id + "/document", "a".repeat(5000) + ".pdf",
        HostileInputs.onePage());

    if (uploaded.status() == 201) {
      assertThat(uploaded.json().get("fileName").asText()).hasSize(200).endsWith(".pdf");
    } else {
      assertThat(uploaded.status()).isEqualTo(400);
      assertThat(uploaded.contentType()).isEqualTo("application/problem+json");
      assertThat(uploaded.json().get("detail").asText()).contains("name is too long");
      assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().has("document")).isFalse();
    }
  }

  private UUID nwOrder() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "5.00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asText());
  }

  private void assertVerbatim(JsonNode order) {
    assertThat(order.get("lines").get(0).get("description").asText()).isEqualTo(EXPRESSION);
    assertThat(order.get("shipTo").get("name").asText()).isEqualTo(SQL);
    assertThat(order.get("shipTo").get("street").asText()).isEqualTo(SCRIPT);
    assertThat(order.get("shipTo").get("city").asText()).isEqualTo("#{1+1}");
    assertThat(order.get("shipTo").get("postalCode").asText()).isEqualTo("${1+1}'--");
    assertThat(order.get("notes").asText()).isEqualTo(EXPRESSION + " " + SQL + " " + SCRIPT);
  }

  private String[] historicInstances(UUID id) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString()).list().stream()
        .map(instance -> instance.getId()).toArray(String[]::new);
  }

  private static Set<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toSet());
    }
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text as it appears inside a JSON string. */
  private static String quotedInner(String text) {
    String quoted = quoted(text);
    return quoted.substring(1, quoted.length() - 1);
  }
}
