package io.podesk.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Other systems hear of order events: signed, retried until delivered, and logged. */
@IntegrationTest
class WebhookDeliveryIntegrationTests {

  private static final String SECRET = "subscriber-secret-123";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  Api api;
  String subscription;

  @BeforeEach
  void setUp() {
    receiver.start();
    api = new Api(port);
    var created = api.postJson("admin", "/api/admin/webhooks", "{\"url\": \"" + receiver.baseUrl()
        + "/hooks\", \"secret\": \"" + SECRET + "\", \"events\": [\"po.submitted\", \"po.approved\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    subscription = created.json().get("id").asText();
  }

  @AfterEach
  void tearDown() {
    api.send("DELETE", "admin", "/api/admin/webhooks/" + subscription, null);
    receiver.stop();
  }

  @Test
  void aSubscriberReceivesSignedEventsAndARefusedDeliveryIsRetried() {
    receiver.stubFor(post("/hooks").withHeader("X-PoDesk-Event", equalTo("po.submitted")).inScenario("flaky")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(serverError()).willSetStateTo("up"));
    receiver.stubFor(post("/hooks").withHeader("X-PoDesk-Event", equalTo("po.submitted")).inScenario("flaky")
        .whenScenarioStateIs("up").willReturn(ok()));
    receiver.stubFor(post("/hooks").withHeader("X-PoDesk-Event", equalTo("po.approved")).willReturn(ok()));
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "100.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    new Jobs(management, runtime).runDue(id);

    await().atMost(Duration.ofSeconds(20)).until(() -> delivered().size() == 2);

    List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hooks")));
    assertThat(requests).extracting(r -> r.getHeader("X-PoDesk-Event"))
        .containsExactlyInAnyOrder("po.submitted", "po.submitted", "po.approved");
    for (LoggedRequest request : requests) {
      assertThat(request.getHeader("X-PoDesk-Signature")).isEqualTo(io.podesk.shared.Signatures.sign(SECRET,
          request.getHeader("X-PoDesk-Timestamp"), request.getBodyAsString()));
      assertThat(request.getBodyAsString()).contains("\"poNumber\":\"" + poNumber + "\"");
    }
    JsonNode submitted = delivered().stream().filter(d -> d.get("event").asText().equals("po.submitted"))
        .findFirst().orElseThrow();
    assertThat(submitted.get("attempts").asInt()).isEqualTo(2);
    assertThat(submitted.get("lastStatus").asInt()).isEqualTo(200);
  }

  @Test
  void refusesASubscriptionItCannotHonour() {
    var bad = api.postJson("admin", "/api/admin/webhooks",
        "{\"url\": \"ftp://x\", \"secret\": \"short\", \"events\": [\"po.exploded\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(api.postJson("nwbuyer", "/api/admin/webhooks", "{}").status()).isEqualTo(403);
  }

  @Test
  void refusesASubscriptionToLoopbackLinkLocalOrPrivateAddresses() {
    int before = api.get("admin", "/api/admin/webhooks").json().size();
    for (String url : List.of("http://127.0.0.1:" + receiver.port() + "/hooks", "http://169.254.169.254/latest",
        "http://10.1.2.3/hooks", "http://[::1]/hooks")) {
      var refused = api.postJson("admin", "/api/admin/webhooks", "{\"url\": \"" + url + "\", \"secret\": \""
          + SECRET + "\", \"events\": [\"po.submitted\"]}");

      assertThat(refused.status()).as(url).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("detail").asText()).contains("loopback, link-local or private address");
    }
    assertThat(api.get("admin", "/api/admin/webhooks").json().size()).isEqualTo(before);
  }

  @Test
  void checksTheAddressAgainBeforeEachDelivery() {
    // as if the subscriber's name had been made to resolve to this machine after the subscription was accepted
    UUID rebound = UUID.randomUUID();
    jdbc.update("insert into webhook_subscriptions (id, url, secret, events, created_at) values (?, ?, ?, ?, ?)",
        rebound, "http://127.0.0.1:" + receiver.port() + "/rebound", SECRET, "po.submitted",
        java.sql.Timestamp.from(java.time.Instant.now()));
    receiver.stubFor(post(anyUrl()).willReturn(ok()));
    try {
      api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "100.00"));

      JsonNode attempt = await().atMost(Duration.ofSeconds(20)).until(() -> firstAttempt(rebound),
          java.util.Objects::nonNull);
      assertThat(attempt.get("lastError").asText()).startsWith("not sent: ").contains("127.0.0.1")
          .contains("loopback, link-local or private address");
      assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/rebound")))).isEmpty();
    } finally {
      jdbc.update("delete from outbox_messages where subscription_id = ?", rebound);
      jdbc.update("delete from webhook_subscriptions where id = ?", rebound);
    }
  }

  @Test
  void aHungSubscriberTimesOutAndHoldsUpNeitherMailNorItsOwnRetries() {
    // answers after 20 s; the test configuration's read timeout is 8 s
    receiver.stubFor(post("/hooks").willReturn(ok().withFixedDelay(20_000)));
    String hungOrder = Orders.northwindPoNumber();
    api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(hungOrder, 1, "100.00"));
    await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.findAll(postRequestedFor(urlEqualTo("/hooks")))
        .isEmpty());
    long hungSince = System.nanoTime();

    String nextOrder = Orders.northwindPoNumber();
    api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(nextOrder, 1, "100.00"));
    io.podesk.support.Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + nextOrder + " received");

    assertThat(Duration.ofNanos(System.nanoTime() - hungSince)).as("mail sent while the webhook hangs")
        .isLessThan(Duration.ofSeconds(8));
    assertThat(attempted()).as("the hung delivery is still waiting for its answer").isEmpty();
    JsonNode timedOut = await().atMost(Duration.ofSeconds(15)).until(() -> attempted().stream().findFirst(),
        java.util.Optional::isPresent).orElseThrow();
    assertThat(timedOut.get("lastError").asText()).containsIgnoringCase("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - hungSince)).isLessThan(Duration.ofSeconds(20));
  }

  private List<JsonNode> attempted() {
    List<JsonNode> attempted = new java.util.ArrayList<>();
    api.get("admin", "/api/admin/webhooks/" + subscription + "/deliveries").json().forEach(d -> {
      if (d.get("attempts").asInt() > 0) {
        attempted.add(d);
      }
    });
    return attempted;
  }

  private JsonNode firstAttempt(UUID subscriptionId) {
    for (JsonNode d : api.get("admin", "/api/admin/webhooks/" + subscriptionId + "/deliveries").json()) {
      if (d.get("attempts").asInt() > 0) {
        return d;
      }
    }
    return null;
  }

  private List<JsonNode> delivered() {
    JsonNode log = api.get("admin", "/api/admin/webhooks/" + subscription + "/deliveries").json();
    List<JsonNode> done = new java.util.ArrayList<>();
    log.forEach(d -> {
      if (d.get("status").asText().equals("DELIVERED")) {
        done.add(d);
      }
    });
    return done;
  }
}
