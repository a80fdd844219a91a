package io.podesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.shared.Money;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderRows;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The approval module with the audit trail it records to: a stored plan binds tasks to its slots, and decisions on
 * them are checked against four-eyes and the authority limits before they count.
 */
@ModuleTest(web = WebEnvironment.NONE)
class ApprovalModuleTests {

  @Autowired ApprovalPlans plans;
  @Autowired ApprovalPolicy policy;
  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDecisionCountsOnlyFromSomeoneElseWithEnoughAuthority() {
    UUID order = OrderRows.purchaseOrder(jdbc, "ibuyer");
    String planId = "plan-" + order;
    plans.store(planId, order, 1, new ApprovalPlan(List.of(new ApprovalPlan.Step(1, "sequential", 1,
        Duration.ofDays(2), List.of(new ApprovalPlan.Slot("sales-managers", "directors", ApprovalPlan.Side.SELLER))))));
    BoundSlot slot = plans.bind(planId, "chain-" + order, "task-" + order);
    Money total = Money.of(new BigDecimal("5000"), "USD");

    assertThatThrownBy(() -> policy.decide(new ApprovalDecision(slot, "salesmanager", "salesmanager", total, true,
        null, null))).isInstanceOfSatisfying(ApprovalRefused.class, refused -> assertThat(refused.getMessage())
        .as("four eyes").contains("their own purchase order"));
    assertThatThrownBy(() -> policy.decide(new ApprovalDecision(slot, "salesrep", "ibuyer", total, true, null,
        null))).isInstanceOfSatisfying(ApprovalRefused.class, refused -> assertThat(refused.escalate())
        .as("the demo authority limit of salesrep is 2,000").isTrue());
    assertThat(plans.approved(planId)).isFalse();

    policy.decide(new ApprovalDecision(slot, "salesmanager", "ibuyer", total, true, null, null));

    assertThat(plans.approved(planId)).isTrue();
    assertThat(plans.decided("task-" + order)).isTrue();
    assertThat(policy.recordsOf(order)).singleElement().satisfies(record -> {
      assertThat(record.approver()).isEqualTo("salesmanager");
      assertThat(record.approverGroup()).isEqualTo("sales-managers");
    });
    assertThat(audit.timelineOf(order)).extracting(TimelineEntry::type).containsExactly("TASK_COMPLETED");
  }

  @Test
  void aStalledApprovalIsAuditedAndAnnounced(PublishedEvents events) {
    UUID order = OrderRows.purchaseOrder(jdbc, "ibuyer");

    policy.stalled(order, "PO-000042", "salesrep", List.of("salesrep@podesk.example"), "sales-managers");

    assertThat(events.ofType(ApprovalStalled.class).matching(ApprovalStalled::purchaseOrderId, order))
        .singleElement().extracting(ApprovalStalled::waitingFor).isEqualTo("sales-managers");
    assertThat(audit.timelineOf(order)).extracting(TimelineEntry::type).containsExactly("STALLED");
  }
}
