package io.podesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.podesk.support.ErpStub;
import io.podesk.support.Orders;
import io.podesk.support.PoDeskNode;
import io.podesk.support.RestartablePostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under load and comes back on the same data: submits during the outage fail cleanly (a 5xx
 * problem, within seconds), and afterwards the node works again without anyone touching it: new submits succeed,
 * the job executor resumes, and every order accepted reaches the ERP under its one key.
 */
@Tag("slow-faults")
class DatabaseRestartFaultTests {

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
  void theNodeRecoversByItselfWhenPostgresRestartsUnderLoad() throws Exception {
    erp.up(300);
    node = PoDeskNode.on("node-a", postgres.createDatabase("podesk"), erp.url()).start()
        .awaitReady(Duration.ofMinutes(3));
    List<String> accepted = new ArrayList<>(KillDuringErpPushFaultTests.submit(node.api(), 30));

    postgres.stop();
    long started = System.nanoTime();
    var duringOutage = node.api().postJson("nwbuyer", "/api/purchase-orders",
        Orders.json(Orders.northwindPoNumber(), 1, "12.50"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(duringOutage.status()).as(duringOutage.body()).isIn(500, 503);
    assertThat(duringOutage.contentType()).contains("json");
    PoDeskNode.sleep(Duration.ofSeconds(3)); // the job executor and the mail poller meet the outage too

    postgres.start();
    await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
        node.api().get("nwbuyer", "/api/purchase-orders").status() == 200);
    accepted.addAll(KillDuringErpPushFaultTests.submit(node.api(), 30));

    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
        FaultChecks.statusCounts(postgres, "northwind").getOrDefault("SENT_TO_ERP", 0) >= accepted.size());
    var byKey = erp.orderRequestsByKey();
    accepted.forEach(po -> assertThat(byKey).containsKey("northwind:" + po + ":1"));
    var references = FaultChecks.erpReferences(postgres, "northwind");
    accepted.forEach(po -> assertThat(references.get(po)).isEqualTo("SO-northwind:" + po + ":1"));
    assertThat(node.isAlive()).isTrue();
  }
}
