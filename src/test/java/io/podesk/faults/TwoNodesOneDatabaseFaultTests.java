package io.podesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.podesk.support.ErpStub;
import io.podesk.support.Mailbox;
import io.podesk.support.PoDeskNode;
import io.podesk.support.RestartablePostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes start at the same moment on one empty database (Flyway's lock decides who creates the schema), then
 * share the work: every order is pushed to the ERP once and mailed about once, and both job executors took part.
 * Size: {@code -Dfaults.orders} (1,000 in the {@code faults} profile, where this test runs).
 */
@Tag("slow-faults")
class TwoNodesOneDatabaseFaultTests {

  private static final int ORDERS = Integer.getInteger("faults.orders", 200);

  private final RestartablePostgres postgres = new RestartablePostgres();
  private final ErpStub erp = new ErpStub();
  private final List<PoDeskNode> nodes = new ArrayList<>();

  @AfterEach
  void tearDown() {
    nodes.forEach(PoDeskNode::close);
    erp.close();
    postgres.close();
  }

  @Test
  void twoNodesStartedTogetherOnAnEmptyDatabaseDoEverySideEffectOnce() throws Exception {
    erp.up(20);
    String database = postgres.createDatabase("podesk");
    nodes.add(PoDeskNode.on("node-a", database, erp.url()));
    nodes.add(PoDeskNode.on("node-b", database, erp.url()));
    nodes.forEach(PoDeskNode::start);
    nodes.forEach(node -> node.awaitReady(Duration.ofMinutes(4)));

    var halves = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> {
      try {
        return KillDuringErpPushFaultTests.submit(node.api(), ORDERS / 2);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).toList();
    List<String> poNumbers = new ArrayList<>();
    halves.forEach(half -> poNumbers.addAll(half.join()));
    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
        FaultChecks.statusCounts(postgres, "northwind").getOrDefault("SENT_TO_ERP", 0) >= poNumbers.size());

    var byKey = erp.orderRequestsByKey();
    for (String po : poNumbers) {
      assertThat(byKey.get("northwind:" + po + ":1")).as(po + " pushed once").hasSize(1);
    }
    // 2,000 mails through one SMTP server from two nodes on two shared cores: how fast is the benchmark's question,
    // this test's is "each exactly once"; the subjects are read once per look, not once per order
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      List<String> subjects = Mailbox.subjectsTo("nw");
      return poNumbers.stream().allMatch(po -> count(subjects, "PO " + po + " approved") > 0);
    });
    PoDeskNode.sleep(Duration.ofSeconds(2)); // a second copy of a mail would come within the outbox's poll
    List<String> subjects = Mailbox.subjectsTo("nw");
    for (String po : poNumbers) {
      assertThat(count(subjects, "PO " + po + " approved")).as(po + " approved mail").isEqualTo(1);
      assertThat(count(subjects, "PO " + po + " received")).as(po + " received mail").isEqualTo(1);
    }
    var jobsPerHost = FaultChecks.jobsPerHost(postgres);
    assertThat(jobsPerHost).containsKeys("node-a", "node-b");
    System.out.printf("two nodes: %d orders, jobs per node %s%n", poNumbers.size(), jobsPerHost);
  }

  private static long count(List<String> subjects, String part) {
    return subjects.stream().filter(subject -> subject.contains(part)).count();
  }
}
