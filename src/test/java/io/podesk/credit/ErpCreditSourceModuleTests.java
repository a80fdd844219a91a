package io.podesk.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Credit from the ERP's books (podesk.credit.source=erp): the limit minus the exposure the ERP last reported (an
 * older report arriving late changes nothing) minus what PO Desk approved and the ERP does not have yet; a company
 * the ERP never reported is counted from PO Desk's own books.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "podesk.credit.source=erp")
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class ErpCreditSourceModuleTests {

  @Autowired CreditExposure exposure;
  @Autowired ErpCreditReports reports;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired ApprovalPlans plans;

  @Test
  void theErpsExposureAndWhatTheErpDoesNotHaveYetCountAgainstTheLimit() {
    OrderSteps steps = new OrderSteps(lifecycle, plans);
    assertThat(exposure).isInstanceOf(ErpCreditExposure.class);
    UUID approved = steps.submit("globexbuyer", null, "100", "10.00").id();
    steps.approve(approved);
    UUID next = steps.submit("globexbuyer", null, "100", "20.00").id();

    CreditPosition fromOwnBooks = exposure.positionFor(PurchaseOrderId.of(next));
    // the approved order holds its gross: 1,000.00 and 8 % tax
    assertThat(fromOwnBooks.available().amount()).as("no ERP report yet: PO Desk's own books")
        .isEqualByComparingTo("18920");

    assertThat(reports.record("globex", new BigDecimal("15000.00"), "USD", 3)).isTrue();
    assertThat(reports.record("globex", new BigDecimal("1.00"), "USD", 2)).as("older, late").isFalse();

    CreditPosition position = exposure.positionFor(PurchaseOrderId.of(next));
    assertThat(position.unpaidInvoices().amount()).as("the ERP's exposure").isEqualByComparingTo("15000");
    assertThat(position.openOrders().amount()).as("approved, not yet in the ERP").isEqualByComparingTo("1080");
    assertThat(position.available().amount()).isEqualByComparingTo("3920");
    assertThat(position.exceeded()).as("2,160 of 3,920 left").isFalse();
  }
}
