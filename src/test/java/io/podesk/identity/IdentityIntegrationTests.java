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
  void wrongPasswordsAreRefusedAndTheRightOneStillWorks() {
    user("lockoutclerk");
    assertThat(api.get("lockoutclerk", "/api/purchase-orders").status()).isEqualTo(200);
    assertThat(api.get("lockoutclerk:wrong", "/api/purchase-orders").status()).isEqualTo(401);
    // the engine's own lock-out is off: one wrong password does not lock the account, not even for a while
    assertThat(api.get("lockoutclerk", "/api/purchase-orders").status()).isEqualTo(200);
  }

  @Test
  void aUserAttackedFromManyAddressesIsLockedForAWhileAndAnAdminCanUnlockThem() {
    user("lockvictim");
    for (int i = 1; i <= 10; i++) {
      assertThat(basic("lockvictim", "guess" + i, "192.0.2." + i).statusCode()).isEqualTo(401);
    }

    // locked: the right password, from an address that never failed, is refused before it is checked
    var refused = basic("lockvictim", "demo", "198.51.100.7");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    var form = new io.podesk.support.WebSession(port).login("lockvictim", "demo");
    assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
    assertThat(verify("lockvictim", "demo").statusCode()).isEqualTo(429);

    assertThat(api.send("DELETE", "salesmanager", "/api/admin/login-locks/lockvictim", null).status())
        .isEqualTo(403);
    assertThat(api.get("admin", "/api/admin/login-locks").json().findValuesAsText("key")).contains("lockvictim");
    assertThat(api.send("DELETE", "admin", "/api/admin/login-locks/lockvictim", null).status()).isEqualTo(204);
    assertThat(basic("lockvictim", "demo", "198.51.100.7").statusCode()).isEqualTo(200);
    var nothingToLift = api.send("DELETE", "admin", "/api/admin/login-locks/lockvictim", null);
    assertThat(nothingToLift.status()).isEqualTo(404);
    assertThat(nothingToLift.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aSuccessFromOneAddressDoesNotForgiveTheFailuresFromAnother() {
    user("locktarget");
    for (int i = 0; i < 9; i++) {
      assertThat(basic("locktarget", "guess" + i, "192.0.2.50").statusCode()).isEqualTo(401);
    }
    assertThat(basic("locktarget", "demo", "10.1.1.1").statusCode()).isEqualTo(200);

    assertThat(basic("locktarget", "guess9", "192.0.2.50").statusCode()).isEqualTo(401);
    assertThat(basic("locktarget", "demo", "10.1.1.1").statusCode()).isEqualTo(429);
    assertThat(api.send("DELETE", "admin", "/api/admin/login-locks/locktarget", null).status()).isEqualTo(204);
  }

  @Test
  void theEngineIdentityVerificationGoesThroughTheThrottle() {
    user("verifytarget");
    // a password oracle for admin only (EngineRoutes); staff are refused before any check
    assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/identity/verify"))
        .header("Authorization", basicHeader("salesmanager", "demo")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"verifytarget\",\"password\":\"x\"}")))
        .statusCode()).isEqualTo(403);
    var right = verify("verifytarget", "demo");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("\"authenticatedUser\":\"verifytarget\"").contains("\"authenticated\":true");
    for (int i = 0; i < 10; i++) {
      var wrong = verify("verifytarget", "guess" + i);
      assertThat(wrong.statusCode()).isEqualTo(200);
      assertThat(wrong.body()).contains("\"authenticated\":false");
    }

    assertThat(verify("verifytarget", "demo").statusCode()).isEqualTo(429);
    assertThat(basic("verifytarget", "demo", "198.51.100.8").statusCode()).isEqualTo(429);
    var malformed = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/engine-rest/identity/verify")).header("Authorization", basicHeader("admin", "demo"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":1}")));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("username and a password");
    assertThat(api.send("DELETE", "admin", "/api/admin/login-locks/verifytarget", null).status()).isEqualTo(204);
    assertThat(verify("verifytarget", "demo").body()).contains("\"authenticated\":true");
  }

  @Test
  void theWebappsOwnLoginIsClosed() {
    var manager = io.podesk.support.WebSession.loggedIn(port, "salesmanager");
    var tasklist = manager.get("/camunda/app/tasklist/default/");
    var login = manager.send(HttpRequest.newBuilder(URI.create(manager.base()
        + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", tasklist.headers().firstValue("X-XSRF-TOKEN").orElse(""))
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess")).build());
    assertThat(login.statusCode()).isEqualTo(403);
  }

  /** A finance clerk of this test's own, password {@code demo}. */
  private void user(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(id, "finance");
    }
  }

  /** A Basic-authenticated call as if from this address (PO Desk trusts X-Forwarded-For from a local proxy). */
  private HttpResponse<String> basic(String user, String password, String address) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/purchase-orders"))
        .header("Authorization", basicHeader(user, password)).header("X-Forwarded-For", address).GET());
  }

  /** Asks the engine REST API, as the admin (the only role that may), whether this password is the user's. */
  private HttpResponse<String> verify(String user, String password) {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/identity/verify"))
        .header("Authorization", basicHeader("admin", "demo")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String basicHeader(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
