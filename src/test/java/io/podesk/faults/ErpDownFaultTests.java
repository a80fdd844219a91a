package io.podesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.ErpStub;
import io.podesk.support.ErpStub.Outcome;
import io.podesk.support.Mailbox;
import io.podesk.support.PoDeskNode;
import io.podesk.support.RestartablePostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ERP is away for a while, in the ways a real one is: it answers 503, resets connections, takes orders without
 * the answer reaching PO Desk (too late for the read timeout, or the connection closed). The job executor retries
 * every push on its retry cycle, five attempts in all (the waits between them skipped by time travel); half of
 * the orders meet the ERP back before their retries run out and never raise an incident, the other half run out:
 * one incident each, one alert mail each naming the order, listed by {@code /api/admin/erp-sync} and counted by
 * {@code podesk_erp_failing_pushes}. An operator retries those incidents through {@code /engine-rest} as Cockpit
 * does, and everything recovers. Nothing lost: every order SENT_TO_ERP with the reference the ERP gave for its key,
 * no incident left. Nothing done twice: one Idempotency-Key per order, the same body every time, one answered
 * create per key, one PUSHED_TO_ERP and one status change per order in the audit trail, one alert per incident.
 */
class ErpDownFaultTests {

  private static final int ORDERS = 20;
  private static final String CUSTOMER = "northwind";
  private static final String OPERATIONS = "operations@podesk.example";
  private static final String ALERT_SUBJECT = "Push to ERP failed";
  private static final java.time.format.DateTimeFormatter REST_DATE = java.time.format.DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC);

  private final RestartablePostgres postgres = new RestartablePostgres();
  private final ErpStub erp = new ErpStub();
  private PoDeskNode node;

  @AfterEach
  void tearDown() {
    if (node != null) {
      node.close();
    }
    erp.close();
    postgres.close();
  }

  @Test
  void ordersOutlastAnErpOutageThroughRetriesAndIncidentsAndReachTheErpOnceEach() throws Exception {
    node = PoDeskNode.on("node-a", postgres.createDatabase("podesk"), erp.url())
        // an ERP that answers later than this has lost the answer for PO Desk
        .with("podesk.erp.webhook.read-timeout", "2s")
        // an idle job executor looks for due jobs every second, not after up to a minute
        .with("camunda.bpm.job-execution.wait-time-in-millis", "500")
        .with("camunda.bpm.job-execution.max-wait", "1000")
        .start().awaitReady(Duration.ofMinutes(3));
    Api api = node.api();
    // the demo data's own orders meet the ERP before it goes away
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> FaultChecks.untriedPushJobs(postgres) == 0);

    erp.down();
    List<String> poNumbers = KillDuringErpPushFaultTests.submit(api, ORDERS);
    awaitFailedAttempts(poNumbers, 1);
    List<String> recovering = poNumbers.subList(0, poNumbers.size() / 2);
    List<String> failing = poNumbers.subList(poNumbers.size() / 2, poNumbers.size());

    erp.resettingConnections();
    nextAttempt(poNumbers, 2);

    // the failing half keeps meeting the outage until its retries run out
    erp.answeringTooLate(4000);
    nextAttempt(failing, 3);
    erp.down();
    nextAttempt(failing, 4);
    erp.losingAnswers();
    nextAttempt(failing, 5);
    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> failingPushes(api).size() == failing.size());

    assertThat(failingPushes(api)).containsOnlyKeys(idsOf(failing)).allSatisfy((id, push) -> assertThat(
        push.get("error").asText()).contains("The ERP webhook did not answer"));
    assertThat(failingPushesMetric(api)).isEqualTo(failing.size());
    for (String po : failing) {
      String alert = Mailbox.body(awaitAlert(po));
      assertThat(alert).contains(po).contains("ran out of retries").contains("The ERP webhook did not answer");
    }
    var pushJobs = FaultChecks.pushJobs(postgres, CUSTOMER);
    recovering.forEach(po -> assertThat(pushJobs.get(po).failedAttempts()).as(po).isEqualTo(2));
    failing.forEach(po -> assertThat(pushJobs.get(po).retries()).as(po).isZero());
    assertThat(FaultChecks.statuses(postgres, CUSTOMER)).as("nothing is SENT_TO_ERP without the ERP's answer")
        .containsAllEntriesOf(toMap(poNumbers, "APPROVED"));

    // the ERP is back: the recovering half succeeds on its next scheduled retry, without an incident
    erp.up(0);
    endRetryWaits(recovering);
    awaitStatus(recovering, "SENT_TO_ERP");
    assertThat(failingPushes(api)).containsOnlyKeys(idsOf(failing));

    // operations retries each incident as Cockpit does by default: one retry, the job's due date kept as it is
    for (JsonNode push : failingPushes(api).values()) {
      retryFromCockpit(api, push.get("incidentId").asText());
    }
    awaitStatus(poNumbers, "SENT_TO_ERP");

    assertNothingLost(api, poNumbers);
    assertNothingDoneTwice(poNumbers, recovering, failing);
    System.out.printf("ERP down: %d orders, %d recovered by retries, %d through incidents; %d ERP requests%n",
        poNumbers.size(), recovering.size(), failing.size(), erp.orderRequests().size());
  }

  private void assertNothingLost(Api api, List<String> poNumbers) throws Exception {
    Map<String, String> references = FaultChecks.erpReferences(postgres, CUSTOMER);
    poNumbers.forEach(po -> assertThat(references.get(po)).as(po).isEqualTo("SO-" + key(po)));
    assertThat(FaultChecks.pushJobs(postgres, CUSTOMER)).doesNotContainKeys(poNumbers.toArray(String[]::new));
    assertThat(failingPushes(api)).isEmpty();
    assertThat(failingPushesMetric(api)).isZero();
    assertThat(api.get("admin", "/engine-rest/incident/count?activityId=" + FaultChecks.PUSH).json()
        .get("count").asInt()).isZero();
  }

  private void assertNothingDoneTwice(List<String> poNumbers, List<String> recovering, List<String> failing)
      throws Exception {
    var calls = erp.orderCallsByKey();
    for (String po : poNumbers) {
      assertThat(calls.keySet().stream().filter(key -> key.contains(":" + po + ":"))).as(po + ": one key")
          .containsExactly(key(po));
      var ofOrder = calls.get(key(po));
      assertThat(ofOrder).extracting(ErpStub.OrderCall::body).as(po + ": the same order every time")
          .containsOnly(ofOrder.get(0).body());
      assertThat(ofOrder).extracting(ErpStub.OrderCall::outcome).as(po + ": every attempt, one answered create")
          .containsExactlyElementsOf(recovering.contains(po)
              ? List.of(Outcome.REFUSED, Outcome.RESET, Outcome.ANSWERED)
              : List.of(Outcome.REFUSED, Outcome.RESET, Outcome.ANSWER_LOST, Outcome.REFUSED, Outcome.ANSWER_LOST,
                  Outcome.ANSWERED));
    }

    var incidents = FaultChecks.pushIncidentStates(postgres, CUSTOMER);
    recovering.forEach(po -> assertThat(incidents).as(po + " never had an incident").doesNotContainKey(po));
    failing.forEach(po -> assertThat(incidents.get(po)).as(po + ": one incident, resolved").containsExactly(1));

    var pushed = FaultChecks.audit(postgres, CUSTOMER, "PUSHED_TO_ERP");
    var changes = FaultChecks.audit(postgres, CUSTOMER, "STATUS_CHANGED");
    for (String po : poNumbers) {
      assertThat(pushed.get(po)).as(po + " pushed once").containsExactly("ERP reference SO-" + key(po));
      assertThat(changes.get(po)).as(po + " status trail").containsOnlyOnce("APPROVED → SENT_TO_ERP")
          .last().isEqualTo("APPROVED → SENT_TO_ERP");
    }

    PoDeskNode.sleep(Duration.ofSeconds(2)); // a second alert would come within the outbox's poll
    failing.forEach(po -> assertThat(alertsFor(po)).as(po + ": one alert").hasSize(1));
    recovering.forEach(po -> assertThat(alertsFor(po)).as(po + ": no alert").isEmpty());
  }

  /** Ends the wait before the next retry of the orders' pushes and waits until that attempt has failed too. */
  private void nextAttempt(Collection<String> poNumbers, int attempt) throws SQLException {
    endRetryWaits(poNumbers);
    awaitFailedAttempts(poNumbers, attempt);
  }

  private void awaitFailedAttempts(Collection<String> poNumbers, int attempts) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      var jobs = FaultChecks.pushJobs(postgres, CUSTOMER);
      assertThat(jobs).as("push jobs").containsKeys(poNumbers.toArray(String[]::new));
      poNumbers.forEach(po -> assertThat(jobs.get(po).failedAttempts()).as(po + ": " + jobs.get(po))
          .isEqualTo(attempts));
    });
  }

  private void awaitStatus(Collection<String> poNumbers, String status) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        assertThat(FaultChecks.statuses(postgres, CUSTOMER)).containsAllEntriesOf(toMap(poNumbers, status)));
  }

  /**
   * Time travel: the wait before the next retry of the orders' pushes is over. A failed attempt puts the job's due
   * date one wait of the retry cycle ahead; here it becomes now, through the engine's API
   * ({@code ManagementService.setJobDuedate}), and the job executor picks the job up as it would have then.
   */
  private void endRetryWaits(Collection<String> poNumbers) throws SQLException {
    var jobs = FaultChecks.pushJobs(postgres, CUSTOMER);
    String now = REST_DATE.format(java.time.Instant.now());
    for (String po : poNumbers) {
      var moved = node.api().send("PUT", "admin", "/engine-rest/job/" + jobs.get(po).jobId() + "/duedate",
          "{\"duedate\": \"" + now + "\"}");
      assertThat(moved.status()).as(moved.body()).isEqualTo(204);
    }
  }

  private Set<String> idsOf(Collection<String> poNumbers) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement(
        "select cast(id as varchar) from purchase_orders where customer_id = ? and po_number = any (?)")) {
      statement.setString(1, CUSTOMER);
      statement.setArray(2, connection.createArrayOf("varchar", poNumbers.toArray()));
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    assertThat(ids).hasSameSizeAs(poNumbers);
    return ids;
  }

  /** The failing pushes operations sees, by purchase-order id. */
  private static Map<String, JsonNode> failingPushes(Api api) {
    var response = api.get("admin", "/api/admin/erp-sync");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, JsonNode> pushes = new java.util.TreeMap<>();
    response.json().forEach(push -> pushes.put(push.get("purchaseOrderId").asText(), push));
    return pushes;
  }

  /** {@code podesk_erp_failing_pushes} as Prometheus scrapes it. */
  private static double failingPushesMetric(Api api) {
    var response = api.get("admin", "/actuator/prometheus");
    assertThat(response.status()).isEqualTo(200);
    Matcher gauge = Pattern.compile("(?m)^podesk_erp_failing_pushes(?:\\{[^}]*})? (\\S+)$").matcher(response.body());
    assertThat(gauge.find()).as("podesk_erp_failing_pushes is exported").isTrue();
    return Double.parseDouble(gauge.group(1));
  }

  /**
   * Cockpit's "retry" on an incident: the incident names its failed job, which gets one retry again. The body is
   * what Cockpit's retry dialog sends with its default choice, "keep the due date".
   */
  private static void retryFromCockpit(Api api, String incidentId) {
    var incident = api.get("admin", "/engine-rest/incident?incidentId=" + incidentId);
    assertThat(incident.status()).as(incident.body()).isEqualTo(200);
    String jobId = incident.json().get(0).get("configuration").asText();
    var retried = api.send("PUT", "admin", "/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
    assertThat(retried.status()).as(retried.body()).isEqualTo(204);
  }

  private static MimeMessage awaitAlert(String po) {
    return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> alertsFor(po), alerts -> !alerts.isEmpty()).get(0);
  }

  private static List<MimeMessage> alertsFor(String po) {
    List<MimeMessage> alerts = new ArrayList<>();
    for (MimeMessage mail : Mailbox.find(OPERATIONS, ALERT_SUBJECT)) {
      try {
        if (mail.getSubject().contains(po)) {
          alerts.add(mail);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return alerts;
  }

  private static String key(String po) {
    return CUSTOMER + ":" + po + ":1";
  }

  private static Map<String, String> toMap(Collection<String> poNumbers, String value) {
    Map<String, String> map = new java.util.HashMap<>();
    poNumbers.forEach(po -> map.put(po, value));
    return map;
  }
}
