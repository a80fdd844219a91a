package io.podesk.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.documents.Documents;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The invoicing module with the orders, customers and documents it uses: what shipped is invoiced once, at the
 * order's prices plus tax, kept as a PDF and announced; once every invoice is paid the order completes itself.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class InvoicingModuleTests {

  @Autowired Invoicing invoicing;
  @Autowired Documents documents;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired PurchaseOrderQueries queries;
  @Autowired ApprovalPlans plans;
  OrderSteps steps;

  @BeforeEach
  void setUp() {
    steps = new OrderSteps(lifecycle, plans);
  }

  @Test
  void invoicesWhatShippedOnceAndAnnouncesIt(PublishedEvents events) {
    PurchaseOrderId order =
        PurchaseOrderId.of(steps.shipped(steps.submit("nwbuyer", "NW-MT-0101", "10", "6.40").id(), "10"));

    List<Invoice> issued = invoicing.invoiceShipments(order);
    List<Invoice> again = invoicing.invoiceShipments(order);

    assertThat(again).as("each shipment is invoiced once").isEmpty();
    assertThat(issued).singleElement().satisfies(invoice -> {
      // 64.00, and the demo's 25.00 freight (under 500) and 10.00 handling (under 100) on the order's first invoice,
      // all at 8 % tax: 99.00 + 7.92
      assertThat(invoice.total().amount()).as("gross").isEqualByComparingTo("106.92");
      assertThat(invoice.freight().amount()).isEqualByComparingTo("25.00");
      assertThat(invoice.handling().amount()).isEqualByComparingTo("10.00");
      assertThat(documents.find(invoice.documentId())).as("its PDF").isPresent();
    });
    assertThat(events.ofType(InvoiceIssued.class).matching(InvoiceIssued::purchaseOrderId, order)).singleElement()
        .extracting(InvoiceIssued::invoiceNumber).isEqualTo(issued.get(0).number());
    assertThat(queries.find(order)).get().extracting(o -> o.status()).isEqualTo(PurchaseOrderStatus.INVOICED);

    invoicing.recordPayment(order, issued.get(0).number(), issued.get(0).total().amount(),
        Actor.person("financeclerk"));

    assertThat(events.ofType(PaymentRecorded.class).matching(PaymentRecorded::purchaseOrderId, order))
        .singleElement().extracting(PaymentRecorded::orderPaid).isEqualTo(true);
    assertThat(queries.find(order)).get().extracting(o -> o.status()).as("everything shipped and paid")
        .isEqualTo(PurchaseOrderStatus.COMPLETED);
  }
}
