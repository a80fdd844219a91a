package io.podesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit module on its own: the trail records in its caller's transaction and reads back in order. */
@ModuleTest(web = WebEnvironment.NONE)
class AuditModuleTests {

  @Autowired AuditTrail trail;
  @Autowired TransactionTemplate transactions;

  @Test
  void recordsInTheCallersTransactionAndReadsTheTimelineBackInOrder() {
    PurchaseOrderId order = PurchaseOrderId.of(UUID.randomUUID());

    transactions.executeWithoutResult(status -> {
      trail.record(order, Actor.person("nwbuyer"), AuditType.SUBMITTED, "PO NW-TX-0042");
      trail.record(order, Actor.person("nwapprover"), AuditType.TASK_COMPLETED, "x".repeat(3000));
    });

    assertThat(trail.timelineOf(order)).extracting(TimelineEntry::type, TimelineEntry::actor)
        .containsExactly(tuple("SUBMITTED", "nwbuyer"), tuple("TASK_COMPLETED", "nwapprover"));
    assertThat(trail.timelineOf(order).get(1).detail()).as("long details are cut").hasSize(2000);
    assertThat(trail.timelineOf(PurchaseOrderId.of(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void refusesToRecordOutsideATransaction() {
    assertThatThrownBy(() -> trail.record(PurchaseOrderId.of(UUID.randomUUID()), Actor.person("nwbuyer"), AuditType.SUBMITTED, null))
        .isInstanceOf(IllegalTransactionStateException.class);
  }
}
