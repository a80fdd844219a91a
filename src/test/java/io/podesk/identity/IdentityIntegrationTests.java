package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One user store for PO Desk and the Camunda webapps, with authorizations on. */
@IntegrationTest
class IdentityIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void staffLogIntoTasklistAndBuyersDoNot() throws Exception {
    var manager = tasklistLogin("salesmanager");
    assertThat(manager.statusCode()).isEqualTo(200);
    assertThat(manager.body()).contains("\"tasklist\"");

    assertThat(tasklistLogin("acmebuyer").statusCode()).isEqualTo(403);
  }

  @Test
  void staffSeeTheReviewTasksOfTheirOwnGroupOnly() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 10, "150"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    new Jobs(management, runtime).runDue(id);
    String query = "/engine-rest/task?processInstanceBusinessKey=" + id;

    assertThat(api.get("salesmanager", query).json()).hasSize(1);
    assertThat(api.get("director", query).json()).isEmpty();
    assertThat(api.get("nwbuyer", query).json()).isEmpty();
  }

  @Test
  void authorizationsAreOnForTheEngineRestApi() {
    assertThat(api.get(null, "/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(api.get("acmebuyer", "/engine-rest/process-definition").json()).isEmpty();
    assertThat(api.get("admin", "/engine-rest/process-definition?key=PurchaseOrder").json()).isNotEmpty();
    assertThat(api.get("acmebuyer", "/engine-rest/user").json()).extracting(user -> user.get("id").asText())
        .containsExactly("acmebuyer");
  }

  @Test
  void wrongPasswordsAreRefusedAndTheAccountIsBrieflyLocked() {
    // financeclerk is used by no other test: the engine locks an account for a while after a failed login
    assertThat(api.get("financeclerk:wrong", "/api/purchase-orders").status()).isEqualTo(401);
    assertThat(api.get("financeclerk", "/api/purchase-orders").status()).isEqualTo(401);
  }

  @Test
  void onlyAdminsReadTheOutbox() {
    assertThat(api.get("acmebuyer", "/api/admin/outbox").status()).isEqualTo(403);
    assertThat(api.get("admin", "/api/admin/outbox").status()).isEqualTo(200);
  }

  @Test
  void theApiIsDescribedByOpenApi() {
    var docs = api.get(null, "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/purchase-orders/{id}/document")).isTrue();
    assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
  }

  private HttpResponse<String> tasklistLogin(String user) throws Exception {
    var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://127.0.0.1:" + port;
    var page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
