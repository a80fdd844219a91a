package io.podesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.shared.CompanyId;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderRows;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
    plans.store(planId, PurchaseOrderId.of(order), 1, new ApprovalPlan(List.of(new ApprovalPlan.Step(1, "sequential", 1,
        Duration.ofDays(2), List.of(new ApprovalPlan.Slot("sales-managers", "directors", ApprovalPlan.Side.SELLER))))));
    BoundSlot slot = plans.bind(planId, "chain-" + order, "task-" + order);
    UUID ownOrder = OrderRows.purchaseOrder(jdbc, "salesmanager");
    plans.store("plan-" + ownOrder, PurchaseOrderId.of(ownOrder), 1, new ApprovalPlan(List.of(new ApprovalPlan.Step(1, "sequential", 1,
        Duration.ofDays(2), List.of(new ApprovalPlan.Slot("sales-managers", "directors", ApprovalPlan.Side.SELLER))))));
    BoundSlot ownSlot = plans.bind("plan-" + ownOrder, "chain-" + ownOrder, "task-" + ownOrder);

    assertThatThrownBy(() -> policy.decide(new ApprovalDecision(ownSlot, "salesmanager", true, null, null)))
        .isInstanceOfSatisfying(ApprovalRefused.class, refused -> assertThat(refused.getMessage())
            .as("four eyes: the order (5,000 USD) says who submitted it").contains("their own purchase order"));
    assertThat(policy.mayDecide(PurchaseOrderId.of(ownOrder), "salesmanager")).isFalse();
    assertThat(policy.mayDecide(PurchaseOrderId.of(order), "salesmanager")).isTrue();
    assertThatThrownBy(() -> policy.decide(new ApprovalDecision(slot, "salesrep", true, null, null)))
        .isInstanceOfSatisfying(ApprovalRefused.class, refused -> assertThat(refused.escalate())
            .as("the demo authority limit of salesrep is 2,000").isTrue());
    assertThat(plans.approved(planId)).isFalse();

    policy.decide(new ApprovalDecision(slot, "salesmanager", true, null, null));

    assertThat(plans.approved(planId)).isTrue();
    assertThat(plans.decided("task-" + order)).isTrue();
    assertThat(policy.recordsOf(PurchaseOrderId.of(order))).singleElement().satisfies(record -> {
      assertThat(record.approver()).isEqualTo("salesmanager");
      assertThat(record.approverGroup()).isEqualTo("sales-managers");
    });
    assertThat(audit.timelineOf(PurchaseOrderId.of(order))).extracting(TimelineEntry::type).containsExactly("TASK_COMPLETED");
  }

  @Test
  void aStalledApprovalIsAuditedAndAnnounced(PublishedEvents events) {
    UUID order = OrderRows.purchaseOrder(jdbc, "ibuyer");

    policy.stalled(PurchaseOrderId.of(order), List.of("salesmanagers", "salesmanagers", "directors"));

    assertThat(events.ofType(ApprovalStalled.class).matching(ApprovalStalled::purchaseOrderId, order))
        .singleElement().satisfies(stalled -> {
          assertThat(stalled.waitingFor()).startsWith("waiting for salesmanagers, directors since ");
          assertThat(stalled.recipients()).as("the company's sales rep, from the staff directory")
              .containsExactly("salesrep@podesk.example");
        });
    assertThat(audit.timelineOf(PurchaseOrderId.of(order))).extracting(TimelineEntry::type).containsExactly("STALLED");
  }

  @Test
  void anEscalationAndAReminderReachTheGroupsMembers(PublishedEvents events) {
    UUID order = OrderRows.purchaseOrder(jdbc, "ibuyer");

    policy.escalated(PurchaseOrderId.of(order), "salesmanagers", "directors", "no decision within PT48H");
    policy.remind(PurchaseOrderId.of(order), List.of("salesmanager", "nobody-known"), List.of("directors"));

    assertThat(events.ofType(ApprovalEscalated.class).matching(ApprovalEscalated::purchaseOrderId, order))
        .singleElement().satisfies(escalated -> assertThat(escalated.recipients())
            .extracting(ApprovalRequested.Recipient::email).containsExactly("director@podesk.example"));
    assertThat(events.ofType(ApprovalReminderDue.class).matching(ApprovalReminderDue::purchaseOrderId, order))
        .singleElement().satisfies(reminder -> assertThat(reminder.recipients())
            .as("the assignee who can be reached, and the members of the unclaimed task's groups")
            .extracting(ApprovalRequested.Recipient::email)
            .containsExactly("salesmanager@podesk.example", "director@podesk.example"));
    assertThat(audit.timelineOf(PurchaseOrderId.of(order))).extracting(TimelineEntry::type).containsExactly("ESCALATED", "REMINDED");
  }

  /**
   * What the orders module answers about an order, here read from the row {@link OrderRows} wrote (orders is not
   * started in this test): its submitter, its total (in the base currency already) and its company's sales rep.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class OrdersAsRows {

    @Bean
    ApprovalSubjects subjects(JdbcTemplate jdbc) {
      return new ApprovalSubjects() {
        @Override
        public ApprovalSubject subjectOf(PurchaseOrderId id) {
          return jdbc.queryForObject("select o.submitted_by, o.total, o.currency, o.customer_id, o.updated_at,"
              + " c.sales_rep from purchase_orders o join customers c on c.id = o.customer_id where o.id = ?",
              (row, n) -> {
                Money total = Money.of(row.getBigDecimal("total"), row.getString("currency"));
                return new ApprovalSubject(id, "PO " + id, CompanyId.of(row.getString("customer_id")),
                    row.getString("submitted_by"), total, Optional.of(total), row.getString("sales_rep"),
                    row.getTimestamp("updated_at").toInstant());
              }, id.value());
        }

        @Override
        public ApprovalRoutingFacts routingFactsOf(PurchaseOrderId id) {
          throw new UnsupportedOperationException("routing is planned by the workflow module's tests");
        }

        @Override
        public List<ApprovalRequested.Recipient> companyApproversOf(PurchaseOrderId id) {
          return List.of();
        }
      };
    }
  }
}
