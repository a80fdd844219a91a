package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.support.ModuleTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The orders module with the modules it uses (customers, documents, approval, audit, identity), without the workflow
 * that reacts to its events: the intake stores and announces an order, refuses one against the company's rules, and
 * a withdrawal is announced for the process to end.
 */
@ModuleTest
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class OrdersModuleTests {

  @Autowired PurchaseOrderIntake intake;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired PurchaseOrderQueries queries;
  @Autowired AuditTrail audit;

  @Test
  void submittingStoresTheOrderAndAnnouncesIt(PublishedEvents events) {
    PurchaseOrderSnapshot order = intake.submit("nwbuyer", order("NW-MT-0001"));

    assertThat(events.ofType(PurchaseOrderSubmitted.class)
        .matching(PurchaseOrderSubmitted::purchaseOrderId, order.purchaseOrderId())).singleElement().satisfies(submitted -> {
          assertThat(submitted.customerId()).isEqualTo(CompanyId.of("northwind"));
          assertThat(submitted.submittedBy()).isEqualTo("nwbuyer");
          assertThat(submitted.total()).isEqualByComparingTo("64.00");
        });
    assertThat(queries.findByPoNumber(CompanyId.of("northwind"), "NW-MT-0001")).get()
        .extracting(PurchaseOrderSnapshot::status).isEqualTo(PurchaseOrderStatus.SUBMITTED);
    assertThat(audit.timelineOf(order.purchaseOrderId())).extracting(TimelineEntry::type).containsExactly("SUBMITTED");
  }

  @Test
  void refusesAPoNumberAgainstTheCompanysRuleAndAnnouncesNothing(PublishedEvents events) {
    assertThatThrownBy(() -> intake.submit("nwbuyer", order("PO-123456")))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field).containsExactly("poNumber"));

    assertThat(events.ofType(PurchaseOrderSubmitted.class)).isEmpty();
    assertThat(queries.findByPoNumber(CompanyId.of("northwind"), "PO-123456")).isEmpty();
  }

  @Test
  void aWithdrawnOrderIsCancelledAndItsProcessToldToEnd(PublishedEvents events) {
    PurchaseOrderSnapshot order = intake.submit("nwbuyer", order("NW-MT-0002"));

    lifecycle.cancel(order.purchaseOrderId(), Actor.person("nwbuyer"));

    assertThat(events.ofType(PurchaseOrderWithdrawn.class)
        .matching(PurchaseOrderWithdrawn::purchaseOrderId, order.purchaseOrderId())).hasSize(1);
    assertThat(events.ofType(PurchaseOrderStatusChanged.class)
        .matching(PurchaseOrderStatusChanged::purchaseOrderId, order.purchaseOrderId()))
        .extracting(PurchaseOrderStatusChanged::to).containsExactly(PurchaseOrderStatus.CANCELLED);
    assertThat(queries.find(order.purchaseOrderId())).get().extracting(PurchaseOrderSnapshot::status)
        .isEqualTo(PurchaseOrderStatus.CANCELLED);
  }

  private static SubmitPurchaseOrder order(String poNumber) {
    return new SubmitPurchaseOrder(poNumber, "USD", List.of(new SubmitPurchaseOrder.Line("GLV-100",
        "Nitrile gloves, box of 100", new BigDecimal("10"), new BigDecimal("6.40"))), null, null);
  }
}
