package io.podesk.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Point 2 of issue 11: through the engine REST API each role does only what its work needs. The decision table is
 * written here from the issue, independently of {@link EngineRoutes}, and every write route of Camunda's own
 * OpenAPI document is walked against it as each role.
 */
@IntegrationTest
class EngineRestRouteIntegrationTests {

  private static final String REFUSED_BY_ROUTE_RULE = "https://podesk.io/problems/engine-route-refused";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  record Route(String method, String path) {

    String concrete() {
      return path.replaceAll("\\{[^}]+}", "route-walk-" + path.replaceAll("[^a-z]", "").length());
    }
  }

  @Test
  void everyWriteRouteOfCamundasOpenApiDocumentIsDecided() throws Exception {
    List<Route> documented = writeRoutes();
    Set<String> decided = new TreeSet<>();
    EngineRoutes.WRITE_ROUTES.forEach(route -> decided.add(route.method() + " " + route.template()));

    assertThat(documented).hasSizeGreaterThan(150);
    assertThat(decided).as("a new Camunda write route must be decided in EngineRoutes")
        .containsAll(documented.stream().map(route -> route.method() + " " + route.path()).toList());
    assertThat(documented.stream().map(route -> route.method() + " " + route.path()).toList())
        .as("EngineRoutes lists no route Camunda does not have").containsAll(decided);
  }

  @Test
  void everyWriteRouteIsOpenOnlyToTheRolesTheIssueNames() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Route route : writeRoutes()) {
      for (String user : List.of("acmebuyer", "acmeapprover", "salesmanager", "analyst", "admin")) {
        boolean expected = opensTo(user, route);
        // a malformed body: whatever the engine does with a route we let through, it changes nothing
        Api.Response answer = api.send(route.method(), user, "/engine-rest" + route.concrete(), "{");
        boolean refused = answer.status() == 403 && (user.equals("acmebuyer")
            || answer.body().contains(REFUSED_BY_ROUTE_RULE));
        if (refused == expected) {
          wrong.add(route.method() + " " + route.path() + " as " + user + ": expected "
              + (expected ? "open" : "refused") + ", got " + answer.status() + " " + answer.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The decision table of issue 11, point 2. */
  private static boolean opensTo(String user, Route route) {
    String method = route.method();
    String path = route.path();
    boolean taskWork = method.equals("POST") && (path.equals("/task") || path.equals("/task/count")
        || path.matches("/task/\\{id}/(claim|unclaim|complete|submit-form)"));
    boolean query = method.equals("POST") && (path.endsWith("/count") || path.matches(
        "/(execution|external-task|group|job|job-definition|process-instance|variable-instance|task"
            + "|history/(activity-instance|detail|external-task-log|job-log|process-instance|task"
            + "|variable-instance)|filter/\\{id}/(list|singleResult))"));
    boolean deployment = method.equals("POST") && path.matches("/deployment/(create|\\{id}/redeploy)");
    return switch (user) {
      case "acmebuyer" -> false;
      case "acmeapprover" -> taskWork;
      case "salesmanager" -> taskWork || query;
      case "analyst" -> query || deployment;
      case "admin" -> true;
      default -> throw new IllegalArgumentException(user);
    };
  }

  @Test
  void theCustomersApproverCannotRewriteThePlanWhenCompletingTheirStep() {
    UUID id = acmeOrderAboveTheSpendLimit();
    Task companyStep = onlyTask(id);
    String exploit = "{\"variables\": {\"approved\": {\"value\": true}, \"approvalSteps\": {\"value\": "
        + "\"[{\\\"step\\\":0,\\\"required\\\":1,\\\"slots\\\":[]}]\", \"type\": \"Json\"}}}";

    Api.Response refused = api.postJson("acmeapprover", "/engine-rest/task/" + companyStep.getId() + "/complete",
        exploit);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).contains("application/problem+json");
    assertThat(refused.json().get("detail").asText()).contains("approvalSteps").contains("approved");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(tasks.createTaskQuery().taskId(companyStep.getId()).count()).isEqualTo(1);
    assertThat(runtime.createVariableInstanceQuery().variableName("approvalSteps").count()).isZero();

    // the step decided as its form allows, the seller's steps follow as the plan says
    assertThat(complete("acmeapprover", companyStep, "{\"variables\": {\"approved\": {\"value\": true}}}"))
        .isEqualTo(204);
    assertThat(tasks.getIdentityLinksForTask(onlyTask(id).getId())).extracting(link -> link.getGroupId())
        .containsExactly("salesmanagers");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void aSlotOrderIdOrCompletionCounterInADecisionIsRefused() {
    UUID id = northwindOrder("5000.00");
    Task task = onlyTask(id);

    for (String smuggled : List.of(
        "\"approvalSlot\": {\"value\": \"{\\\"side\\\":\\\"buyer\\\"}\", \"type\": \"Json\"}",
        "\"purchaseOrderId\": {\"value\": \"" + UUID.randomUUID() + "\"}",
        "\"nrOfCompletedInstances\": {\"value\": 5, \"type\": \"Integer\"}",
        "\"approved\": {\"value\": \"rO0ABXNy\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
            + "\"java.util.HashMap\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}")) {
      String body = "{\"variables\": {" + (smuggled.startsWith("\"approved\"") ? "" : "\"approved\": {\"value\": true}, ")
          + smuggled + "}}";
      for (String route : List.of("/complete", "/submit-form")) {
        Api.Response refused = api.postJson("salesmanager", "/engine-rest/task/" + task.getId() + route, body);
        assertThat(refused.status()).as(smuggled + " " + refused.body()).isEqualTo(400);
      }
    }

    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
        .variableName("nrOfCompletedInstances").list()).extracting(v -> v.getValue()).containsOnly(0);
    assertThat(complete("salesmanager", task, "{\"variables\": {\"approved\": {\"value\": true}}}"))
        .isEqualTo(204);
    assertThat(tasks.getIdentityLinksForTask(onlyTask(id).getId())).extracting(link -> link.getGroupId())
        .containsExactly("finance");
  }

  @Test
  void theSameRulesHoldWhereTasklistCallsTheEngine() {
    UUID id = northwindOrder("1500.00");
    Task task = onlyTask(id);
    var manager = io.podesk.support.WebSession.loggedIn(port, "salesmanager");
    String xsrf = manager.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElse("");
    String engine = manager.base() + "/camunda/api/engine/engine/default";

    HttpResponse<String> variableWrite = manager.send(HttpRequest.newBuilder(URI.create(engine
            + "/process-instance/" + task.getProcessInstanceId() + "/variables"))
        .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"modifications\": {\"approved\": {\"value\": true}}}"))
        .build());
    HttpResponse<String> smuggled = manager.send(HttpRequest.newBuilder(URI.create(engine + "/task/" + task.getId()
            + "/submit-form"))
        .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"approved\": {\"value\": true}, "
            + "\"purchaseOrderId\": {\"value\": \"" + UUID.randomUUID() + "\"}}}"))
        .build());

    assertThat(variableWrite.statusCode()).isEqualTo(403);
    assertThat(variableWrite.body()).contains(REFUSED_BY_ROUTE_RULE);
    assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
    assertThat(smuggled.body()).contains("purchaseOrderId");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    HttpResponse<String> decided = manager.send(HttpRequest.newBuilder(URI.create(engine + "/task/" + task.getId()
            + "/submit-form"))
        .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"approved\": {\"value\": true}}}"))
        .build());
    assertThat(decided.statusCode()).as(decided.body()).isIn(200, 204);
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("SENT_TO_ERP");
  }

  @Test
  void aCompanyApproverReadsTheirTaskButNoSellerInternalVariable() {
    UUID id = acmeOrderAboveTheSpendLimit();
    Task task = onlyTask(id);

    JsonNode variables = api.get("acmeapprover", "/engine-rest/task/" + task.getId() + "/variables").json();
    Set<String> names = new TreeSet<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("poNumber", "totalDisplay")
        .doesNotContain("customerRisk", "creditSummary", "creditHoldReason", "creditExceeded", "categories",
            "customerGroup", "region");
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString())
        .processDefinitionKey(PurchaseOrderProcess.KEY).singleResult().getId();
    for (String read : List.of("/process-instance/" + order + "/variables", "/variable-instance",
        "/history/variable-instance", "/execution/" + order + "/localVariables", "/process-instance")) {
      Api.Response refused = api.get("acmeapprover", "/engine-rest" + read);
      assertThat(refused.status()).as(read).isEqualTo(403);
    }
    // staff are not refused by the route rule; Camunda's authorizations decide what they see
    assertThat(api.get("salesmanager", "/engine-rest/process-instance/" + order + "/variables").body())
        .doesNotContain(REFUSED_BY_ROUTE_RULE);
  }

  @Test
  void anAnalystDeploysAModelAsCamundaModelerDoesAndNobodyElseButAdmin() {
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
        + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\" id=\"d\">"
        + "<bpmn:process id=\"AnalystSketch\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
        + "<bpmn:startEvent id=\"Start\"/></bpmn:process></bpmn:definitions>";

    assertThat(deploy("salesmanager", bpmn).statusCode()).isEqualTo(403);
    assertThat(deploy("acmeapprover", bpmn).statusCode()).isEqualTo(403);
    HttpResponse<String> deployed = deploy("analyst", bpmn);

    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("AnalystSketch").count())
        .isEqualTo(1);
    // what analysts may not do: change running work
    assertThat(api.send("PUT", "analyst", "/engine-rest/process-instance/any/variables/approved",
        "{\"value\": true}").status()).isEqualTo(403);
  }

  private HttpResponse<String> deploy(String user, String bpmn) {
    String boundary = "----podesk" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "analyst sketch\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"sketch.bpmn\"; "
        + "filename=\"sketch.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
        + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Route> writeRoutes() throws Exception {
    JsonNode document;
    try (InputStream in = EngineRestRouteIntegrationTests.class.getResourceAsStream("/openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi on the test classpath").isNotNull();
      document = new ObjectMapper().readTree(in);
    }
    List<Route> routes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method -> {
        if (Set.of("post", "put", "delete", "patch").contains(method)) {
          routes.add(new Route(method.toUpperCase(), path.getKey()));
        }
      });
    }
    return routes;
  }

  private UUID acmeOrderAboveTheSpendLimit() {
    var created = api.postJson("acmebuyer", "/api/purchase-orders", Orders.json(Orders.acmePoNumber(), 1,
        "15000.00"));
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

  private int complete(String user, Task task, String body) {
    return api.postJson(user, "/engine-rest/task/" + task.getId() + "/complete", body).status();
  }

  private Task onlyTask(UUID id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
  }

  private String status(UUID id) {
    return api.get("admin", "/api/purchase-orders/" + id).json().get("status").asText();
  }
}
