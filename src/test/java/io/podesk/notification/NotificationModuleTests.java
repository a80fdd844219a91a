package io.podesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalRequested;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import io.podesk.workflow.ApprovalTasks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module hears the other modules' events and writes mails into the outbox (the default settings
 * keep them there, sending none). It starts with the modules whose beans it calls, but not the workflow module: the
 * engine would come with it, and only the mail-link pages use its {@link ApprovalTasks}, a stand-in here.
 */
@ModuleTest(value = BootstrapMode.STANDALONE,
    extraIncludes = {"orders", "catalog", "customers", "documents", "approval", "audit", "identity", "outbox", "shared"})
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class NotificationModuleTests {

  @MockitoBean ApprovalTasks approvalTasks;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired ApprovalPlans plans;
  @Autowired JdbcTemplate jdbc;
  OrderSteps steps;

  @BeforeEach
  void setUp() {
    steps = new OrderSteps(lifecycle, plans);
  }

  @Test
  void aSubmittedOrderIsConfirmedToItsBuyer(Scenario scenario) {
    scenario.stimulate(() -> steps.submit("nwbuyer", "NW-MT-0401", "10", "6.40"))
        .andWaitAtMost(Duration.ofSeconds(20))
        .andWaitForStateChange(() -> mailsTo("nwbuyer@northwind.example", "NW-MT-0401"), mails -> !mails.isEmpty())
        .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
          assertThat(mail.get("SUBJECT")).isEqualTo("PO NW-MT-0401 received");
          assertThat(mail.get("STATUS")).as("kept in the outbox without SMTP").isEqualTo("PENDING");
        }));
  }

  @Test
  void anApprovalRequestSendsEachApproverALinkOfTheirOwn(Scenario scenario) {
    PurchaseOrderSnapshot order = steps.submit("nwbuyer", "NW-MT-0402", "1000", "6.40");

    scenario.publish(new ApprovalRequested(order.id(), order.poNumber(), "northwind-approvers", true, "task-0402",
            List.of(new ApprovalRequested.Recipient("nwapprover", "Ned Northwind", "nwapprover@northwind.example")),
            new BigDecimal("6400.00"), "USD", Instant.now().plus(Duration.ofDays(2))))
        .andWaitAtMost(Duration.ofSeconds(20))
        .andWaitForStateChange(() -> mailsTo("nwapprover@northwind.example", "NW-MT-0402"), mails -> !mails.isEmpty())
        .andVerify(mails -> {
          assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get("SUBJECT")).isEqualTo("PO NW-MT-0402: your approval is needed");
            assertThat((String) mail.get("BODY")).contains("/links/");
          });
          assertThat(jdbc.queryForList("select recipient from action_links where purchase_order_id = ?",
              String.class, order.id())).containsExactly("nwapprover");
        });
  }

  private List<Map<String, Object>> mailsTo(String recipient, String poNumber) {
    return jdbc.queryForList("select subject, body, status from outbox_messages where channel = 'MAIL'"
        + " and recipient = ? and subject like ?", recipient, "%" + poNumber + "%");
  }
}
