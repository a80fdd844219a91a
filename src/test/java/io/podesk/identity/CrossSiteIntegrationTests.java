package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser holding Basic credentials for PO Desk cannot be made to change anything by another site's page, and
 * no browser is asked for Basic credentials in the first place; servers and scripts call the API as before.
 */
@IntegrationTest
class CrossSiteIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  HttpClient http = HttpClient.newHttpClient();
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void anotherSitesFormPostWithCachedBasicCredentialsIsRefusedAndChangesNothing() throws Exception {
    UUID id = submit();

    HttpResponse<String> refused = send(cancel(id).header("Origin", "https://evil.example")
        .header("Content-Type", FORM).header("Sec-Fetch-Site", "cross-site"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("https://evil.example");
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isEqualTo(1);

    HttpResponse<String> opaque = send(cancel(id).header("Origin", "null").header("Content-Type", FORM));
    assertThat(opaque.statusCode()).isEqualTo(403);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void aServerWithoutOriginCancelsAsBefore() throws Exception {
    UUID id = submit();

    HttpResponse<String> cancelled = send(cancel(id));

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(status(id)).isEqualTo("CANCELLED");
  }

  @Test
  void poDesksOwnOriginCancelsAsBefore() throws Exception {
    UUID id = submit();

    HttpResponse<String> cancelled = send(cancel(id).header("Origin", "http://127.0.0.1:" + port));

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(status(id)).isEqualTo("CANCELLED");
  }

  @Test
  void behindAProxyTheOwnOriginIsTheOneTheForwardedHeadersName() throws Exception {
    UUID first = submit();
    UUID second = submit();

    HttpResponse<String> proxied = send(cancel(first).header("Origin", "https://podesk.example")
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "podesk.example"));
    HttpResponse<String> otherHost = send(cancel(second).header("Origin", "https://podesk.example.evil.example")
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "podesk.example"));

    assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(200);
    assertThat(status(first)).isEqualTo("CANCELLED");
    assertThat(otherHost.statusCode()).isEqualTo(403);
    assertThat(status(second)).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void aCrossSitePostToTheEngineIsRefusedBeforeItsCredentialsCount() throws Exception {
    UUID id = submit();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();

    HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/task/" + taskId
        + "/claim")).header("Authorization", basic("salesmanager")).header("Origin", "https://evil.example")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"salesmanager\"}")));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void theSignedErpEventsTakeNoNoticeOfOrigin() throws Exception {
    HttpResponse<String> unsigned = send(HttpRequest.newBuilder(URI.create(base() + "/api/erp/events"))
        .header("Origin", "https://evil.example").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));

    // refused for its missing signature, as without an Origin, not for its origin
    assertThat(unsigned.statusCode()).isEqualTo(401);
  }

  @Test
  void aBrowserIsNeverChallengedForBasicCredentials() throws Exception {
    for (String[] browser : new String[][] {{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"},
        {"Sec-Fetch-Mode", "navigate"}, {"X-Requested-With", "XMLHttpRequest"}}) {
      HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(URI.create(base() + "/api/purchase-orders"))
          .header(browser[0], browser[1]).GET());

      assertThat(unauthorized.statusCode()).isEqualTo(401);
      assertThat(unauthorized.headers().allValues("WWW-Authenticate")).as(browser[0])
          .noneMatch(value -> value.regionMatches(true, 0, "Basic", 0, 5));
      assertThat(JSON.readTree(unauthorized.body()).get("status").asInt()).isEqualTo(401);
    }
    HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/task"))
        .header("Accept", "text/html").header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString("nosuchuser:wrong".getBytes(StandardCharsets.UTF_8))).GET());
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void aScriptWithoutBrowserHeadersIsStillChallenged() throws Exception {
    HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(URI.create(base() + "/api/purchase-orders"))
        .header("Accept", "application/json").GET());

    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"PO Desk\"");
    assertThat(unauthorized.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  private UUID submit() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1,
        "1500.00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
    return id;
  }

  /** The buyer's cancel, as a browser that holds their Basic credentials would send it. */
  private HttpRequest.Builder cancel(UUID id) {
    return HttpRequest.newBuilder(URI.create(base() + "/api/purchase-orders/" + id + "/cancel"))
        .header("Authorization", basic("nwbuyer")).POST(HttpRequest.BodyPublishers.ofString(""));
  }

  private String status(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("status").asText();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
