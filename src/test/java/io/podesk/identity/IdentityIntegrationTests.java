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
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void oneLoginOpensTasklistForStaffAndNotForBuyers() {
    var manager = io.podesk.support.WebSession.loggedIn(port, "salesmanager");
    var tasklist = manager.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    // the webapp knows the user from PO Desk's login: no second login
    var camundaUser = manager.get("/camunda/api/admin/auth/user/default");
    assertThat(camundaUser.statusCode()).isEqualTo(200);
    assertThat(camundaUser.body()).contains("\"userId\":\"salesmanager\"").contains("\"tasklist\"");

    // logging out of Tasklist ends the one session
    var loggedOut = manager.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(manager.base()
        + "/camunda/api/admin/auth/user/default/logout")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
        .header("X-XSRF-TOKEN", tasklist.headers().firstValue("X-XSRF-TOKEN").orElse("")).build());
    assertThat(loggedOut.statusCode()).isEqualTo(204);
    assertThat(manager.get("/portal").statusCode()).isEqualTo(302);
    assertThat(manager.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(302);

    var buyer = io.podesk.support.WebSession.loggedIn(port, "acmebuyer");
    assertThat(buyer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
    assertThat(buyer.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(403);

    var anonymous = new io.podesk.support.WebSession(port).get("/camunda/app/cockpit/default/");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void staffSeeTheReviewTasksOfTheirOwnGroupOnly() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 10, "150"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    new Jobs(management, runtime).runDue(id);
    String query = "/engine-rest/task?processInstanceBusinessKey=" + id;

    assertThat(api.get("salesmanager", query).json()).hasSize(1);
    assertThat(api.get("director", query).json()).isEmpty();
    assertThat(api.get("nwapprover", query).json()).isEmpty();
    assertThat(api.get("nwbuyer", query).status()).isEqualTo(403);
  }

  @Test
  void authorizationsAreOnForTheEngineRestApi() {
    assertThat(api.get(null, "/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(api.get("acmebuyer", "/engine-rest/process-definition").status()).isEqualTo(403);
    // company approvers read their tasks only (EngineRoutes); staff reads are limited by Camunda's authorizations
    assertThat(api.get("acmeapprover", "/engine-rest/process-definition").status()).isEqualTo(403);
    assertThat(api.get("acmeapprover", "/engine-rest/user").status()).isEqualTo(403);
    assertThat(api.get("admin", "/engine-rest/process-definition?key=PurchaseOrder").json()).isNotEmpty();
    assertThat(api.get("salesmanager", "/engine-rest/user").json()).extracting(user -> user.get("id").asText())
        .containsExactly("salesmanager");
  }

  @Test
  void wrongPasswordsAreRefusedAndTheAccountIsBrieflyLocked() {
    // a user of this test's own: the engine locks an account for a while after a failed login
    if (identity.createUserQuery().userId("lockoutclerk").count() == 0) {
      var clerk = identity.newUser("lockoutclerk");
      clerk.setPassword("demo");
      identity.saveUser(clerk);
      identity.createMembership("lockoutclerk", "finance");
    }
    assertThat(api.get("lockoutclerk", "/api/purchase-orders").status()).isEqualTo(200);
    assertThat(api.get("lockoutclerk:wrong", "/api/purchase-orders").status()).isEqualTo(401);
    assertThat(api.get("lockoutclerk", "/api/purchase-orders").status()).isEqualTo(401);
  }

  @Test
  void theEngineRestApiKeepsItsOwnErrorsForWhatIsNotARace() {
    assertThat(api.get("salesmanager", "/engine-rest/task/no-such-task").status()).isEqualTo(404);
    // Camunda itself would answer 500 here
    assertThat(api.postJson("salesmanager", "/engine-rest/task/no-such-task/complete", "{}").status())
        .isEqualTo(404);
    assertThat(api.postJson("salesmanager", "/engine-rest/task/no-such-task/complete", "{not json").status())
        .isIn(400, 404);
    assertThat(api.get("salesmanager", "/engine-rest/no-such-resource").status()).isEqualTo(404);
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
}
