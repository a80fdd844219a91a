package io.podesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.podesk.support.Api;
import io.podesk.support.ErpStub;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.PoDeskNode;
import io.podesk.support.RestartablePostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of a node while it pushes orders to the ERP. "Exactly once" from the ERP's side means: every
 * order arrives, with one Idempotency-Key per order that never changes; a push whose answer was lost with the
 * process is sent again after the restart under the same key and body, which an ERP that honours the key (as the
 * webhook contract requires) counts as the same order. So: 100 distinct keys, every order SENT_TO_ERP with the
 * reference the ERP gave for its key, repeats only for pushes that were in flight at the kill.
 */
class KillDuringErpPushFaultTests {

  private static final int ORDERS = 100;

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
  void everyOrderReachesTheErpOnceAfterTheNodeIsKilledWhilePushing() throws Exception {
    // slow answers keep pushes in flight; jobs the dead node had locked are free again after the lock time (1 min)
    erp.up(2000);
    node = PoDeskNode.on("node-a", postgres.createDatabase("podesk"), erp.url()).start()
        .awaitReady(Duration.ofMinutes(3));

    List<String> poNumbers = submit(node.api(), ORDERS);
    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
        .until(() -> erp.orderRequests().size() >= 20);
    node.kill();
    int beforeKill = erp.orderRequests().size();
    assertThat(beforeKill).as("the kill came while pushes were still to do").isLessThan(ORDERS);

    node.start().awaitReady(Duration.ofMinutes(3));
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
        .until(() -> FaultChecks.statusCounts(postgres, "northwind").getOrDefault("SENT_TO_ERP", 0) == ORDERS);

    Set<String> expectedKeys = new HashSet<>();
    poNumbers.forEach(po -> expectedKeys.add("northwind:" + po + ":1"));
    var byKey = erp.orderRequestsByKey();
    byKey.keySet().retainAll(expectedKeys); // the demo data's own orders go to the ERP too
    assertThat(byKey.keySet()).as("one key per order, none missing").isEqualTo(expectedKeys);
    byKey.forEach((key, requests) -> assertThat(requests).extracting(r -> r.getBodyAsString()).as(key)
        .containsOnly(requests.get(0).getBodyAsString()));
    long repeated = byKey.values().stream().filter(requests -> requests.size() > 1).count();
    assertThat(repeated).as("only pushes in flight at the kill are sent again").isLessThanOrEqualTo(10);
    Map<String, String> references = FaultChecks.erpReferences(postgres, "northwind");
    poNumbers.forEach(po -> assertThat(references.get(po)).isEqualTo("SO-northwind:" + po + ":1"));
    // the buyer hears of every approval (a mail being sent at the kill may be sent again: SMTP has no key)
    poNumbers.forEach(po -> await().atMost(Duration.ofSeconds(30))
        .until(() -> !Mailbox.find("nw", "PO " + po + " approved").isEmpty()));
    System.out.printf("kill -9: %d ERP requests before the kill, %d in all, %d orders pushed twice%n", beforeKill,
        erp.orderRequests().size(), repeated);
  }

  /** Small Northwind orders: auto-approved, then pushed asynchronously. Four buyers' worth of parallel clients. */
  static List<String> submit(Api api, int count) throws Exception {
    List<String> poNumbers = java.util.Collections.synchronizedList(new ArrayList<>());
    var clients = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var results = IntStream.range(0, count).mapToObj(i -> clients.submit(() -> {
        String po = Orders.northwindPoNumber();
        var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(po, 1, "12.50"));
        if (created.status() == 201) {
          poNumbers.add(po);
          return;
        }
        if (created.status() != 409) { // 409: the random PO number was taken; one order fewer
          throw new AssertionError("Submit answered " + created.status() + ": " + created.body());
        }
      })).toList();
      for (var result : results) {
        result.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(poNumbers).hasSizeGreaterThan(count - 3);
    return poNumbers;
  }
}
