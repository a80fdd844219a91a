package io.podesk.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The credit module with what it reads orders and customers through: an order's credit position counts the
 * company's approved, unpaid orders against its limit (Globex: 20,000 in the demo data), and every check is audited.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class CreditModuleTests {

  @Autowired CreditHolds credit;
  @Autowired AuditTrail audit;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired ApprovalPlans plans;
  OrderSteps steps;

  @BeforeEach
  void setUp() {
    steps = new OrderSteps(lifecycle, plans);
  }

  @Test
  void approvedOrdersTakeCreditFromTheNextOne() {
    UUID first = steps.submit("globexbuyer", null, "1000", "12.00").id();

    CreditPosition before = credit.check(PurchaseOrderId.of(first));

    assertThat(before.exceeded()).as("12,000 of 20,000").isFalse();
    assertThat(before.openOrders().amount()).isEqualByComparingTo("0");
    steps.approve(first);
    UUID second = steps.submit("globexbuyer", null, "1000", "9.00").id();

    CreditPosition after = credit.check(PurchaseOrderId.of(second));

    // the first order holds its gross: 12,000.00 less the demo's 2 % discount from 5,000, plus 8 % tax
    assertThat(after.openOrders().amount()).as("the first order, approved").isEqualByComparingTo("12700.80");
    assertThat(after.available().amount()).isEqualByComparingTo("7299.20");
    assertThat(after.exceeded()).as("9,000 more than the 7,299.20 left").isTrue();
    assertThat(audit.timelineOf(PurchaseOrderId.of(second))).extracting(TimelineEntry::type).contains("CREDIT_CHECKED");
  }
}
