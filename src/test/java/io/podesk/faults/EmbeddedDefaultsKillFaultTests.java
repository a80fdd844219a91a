package io.podesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.Orders;
import io.podesk.support.PoDeskNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of PO Desk on its embedded defaults, started as the README starts it ({@code ./mvnw
 * spring-boot:run}: no profile, no settings, everything under {@code ./data}), while buyers submit orders. An
 * order answered 201 must survive: it exists after the restart and reaches the ERP (the default folder of JSON
 * files) exactly once. The jobs the dead node had locked are free again within a minute of the kill.
 */
@Tag("slow-faults")
class EmbeddedDefaultsKillFaultTests {

  private static final int ORDERS = 150;
  private static final Duration BETWEEN_SUBMISSIONS = Duration.ofMillis(50); // 20 a second
  private static final int KILL_AFTER = 90;
  private static final Duration LOCK_TIME = Duration.ofMinutes(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path home;
  private PoDeskNode node;

  record Acknowledged(String poNumber, String location, Duration took) {}

  record LockedJob(String id, Instant lockExpires) {}

  @AfterEach
  void tearDown() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyOrderAnswered201SurvivesAKillAndReachesTheErpOnce() throws Exception {
    node = PoDeskNode.withEmbeddedDefaults("embedded", home).start().awaitReady(Duration.ofMinutes(5));

    List<Acknowledged> acknowledged = new ArrayList<>();
    Instant killedAt = submitAndKill(node.api(), acknowledged);
    assertThat(node.isAlive()).isFalse();
    assertThat(acknowledged).as("answered 201 before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER)
        .as("the kill came while orders were still being submitted").hasSizeLessThan(ORDERS);

    List<LockedJob> locks = jobLocksLeftBehind();
    List<Long> millis = acknowledged.stream().map(order -> order.took().toMillis()).sorted().toList();
    System.out.printf("embedded kill -9: %d of %d orders answered 201 before the kill (in %d ms median, %d ms max), "
        + "%d jobs left locked, database file %d KB%n", acknowledged.size(), ORDERS, millis.get(millis.size() / 2),
        millis.get(millis.size() - 1), locks.size(), Files.size(home.resolve("data/podesk.mv.db")) / 1024);
    assertThat(locks).as("the kill left jobs locked").isNotEmpty();
    assertThat(locks).as("every lock the dead node held ends within a minute of the kill")
        .allSatisfy(job -> assertThat(job.lockExpires()).isBefore(killedAt.plus(LOCK_TIME).plusSeconds(1)));

    Instant restart = Instant.now();
    node.start().awaitReady(Duration.ofMinutes(5));
    Duration startUp = Duration.between(restart, Instant.now());
    Api api = node.api();
    List<String> lost = acknowledged.stream()
        .filter(order -> api.get("nwbuyer", order.location()).status() != 200).map(Acknowledged::poNumber).toList();
    assertThat(lost).as("orders answered 201 before the kill, gone after the restart (of %d)", acknowledged.size())
        .isEmpty();

    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
        .until(() -> acknowledged.stream().allMatch(order -> "SENT_TO_ERP".equals(
            api.get("nwbuyer", order.location()).json().path("status").asText())));
    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).alias("the locked jobs ran and are gone")
        .until(() -> locks.stream().allMatch(job -> api.get("admin", "/engine-rest/job/" + job.id()).status() == 404));
    Path exports = home.resolve("data/erp-export/northwind");
    for (Acknowledged order : acknowledged) {
      JsonNode view = api.get("nwbuyer", order.location()).json();
      try (Stream<Path> files = Files.list(exports)) {
        List<Path> exported = files.filter(file -> isExportOf(file, order.poNumber())).toList();
        assertThat(exported).as("ERP files of %s", order.poNumber()).hasSize(1);
        assertThat(JSON.readTree(exported.get(0).toFile()).path("erpReference").asText())
            .isEqualTo(view.path("erpReference").asText());
      }
    }
    System.out.printf("embedded kill -9: restarted in %d s, none of the %d lost, each in the ERP folder once; "
        + "database file %d KB%n", startUp.toSeconds(), acknowledged.size(),
        Files.size(home.resolve("data/podesk.mv.db")) / 1024);
  }

  /**
   * Submits {@link #ORDERS} small Northwind orders (auto-approved, no PDF needed) at 20 a second from several
   * clients, and kills the node as the {@link #KILL_AFTER}th is answered 201; the rest meet a dead node.
   */
  private Instant submitAndKill(Api api, List<Acknowledged> acknowledged) throws Exception {
    Instant[] killedAt = new Instant[1];
    var clients = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> results = new ArrayList<>();
      Instant start = Instant.now();
      for (int i = 0; i < ORDERS; i++) {
        Duration wait = Duration.between(Instant.now(), start.plus(BETWEEN_SUBMISSIONS.multipliedBy(i)));
        if (!wait.isNegative()) {
          PoDeskNode.sleep(wait);
        }
        results.add(clients.submit(() -> {
          String po = Orders.northwindPoNumber();
          Api.Response created;
          Instant sent = Instant.now();
          try {
            created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(po, 1, "12.50"));
          } catch (IllegalStateException noAnswer) {
            return; // refused or cut off by the kill: never acknowledged
          }
          if (created.status() == 201) {
            synchronized (acknowledged) {
              acknowledged.add(new Acknowledged(po, created.location(), Duration.between(sent, Instant.now())));
              if (acknowledged.size() == KILL_AFTER) {
                killedAt[0] = Instant.now();
                node.kill();
              }
            }
          } else if (created.status() != 409) { // 409: the random PO number was taken; one order fewer
            throw new AssertionError("Submit answered " + created.status() + ": " + created.body());
          }
        }));
      }
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      clients.shutdownNow();
    }
    synchronized (acknowledged) {
      return killedAt[0];
    }
  }

  /** The jobs the dead node held locked and when their locks expire, read from its database file while no node runs. */
  private List<LockedJob> jobLocksLeftBehind() throws SQLException {
    List<LockedJob> jobs = new ArrayList<>();
    String url = "jdbc:h2:file:" + home.resolve("data/podesk").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
    try (var connection = DriverManager.getConnection(url, "sa", "");
        var rows = connection.createStatement().executeQuery(
            "select id_, lock_exp_time_ from act_ru_job where lock_owner_ is not null")) {
      while (rows.next()) {
        jobs.add(new LockedJob(rows.getString(1), rows.getTimestamp(2).toInstant()));
      }
    }
    return Collections.unmodifiableList(jobs);
  }

  /** {@code <PO number>.json}, or {@code <PO number>.r<n>.json} for a revision. */
  private static boolean isExportOf(Path file, String poNumber) {
    String name = file.getFileName().toString();
    return name.equals(poNumber + ".json") || name.startsWith(poNumber + ".r") && name.endsWith(".json");
  }
}
