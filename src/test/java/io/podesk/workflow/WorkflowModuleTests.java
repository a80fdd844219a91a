package io.podesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Jobs;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The workflow module with the embedded engine on H2 and every module its delegates call (orders, customers,
 * approval, credit, invoicing, erp, audit, identity and what they need), without HTTP and without the modules that
 * only hear its events: an order's submission starts its process, whose real delegates take a small order through
 * the routing table's auto-approval and the credit check to the ERP; a withdrawal ends the process where it stands.
 * The job executor is off: the test runs the jobs.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
// an engine name of its own: the engine registry is one per JVM, and the other tests' engine is "default"
@TestPropertySource(properties = {"podesk.module-test.engine=true", "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=workflow-module-test"})
class WorkflowModuleTests {

  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired PurchaseOrderQueries orders;
  @Autowired ApprovalPlans plans;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  OrderSteps steps;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    steps = new OrderSteps(lifecycle, plans);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void aSmallOrderIsApprovedByTheRoutingTableAndPushedToTheErp() {
    UUID order = steps.submit("nwbuyer", "NW-MT-0501", "4", "6.10").id();
    assertThat(jobs.processInstanceOf(order)).as("started by the submission").isNotNull();

    jobs.runDue(order);

    assertThat(orders.find(PurchaseOrderId.of(order))).get().satisfies(pushed -> {
      assertThat(pushed.status()).isEqualTo(PurchaseOrderStatus.SENT_TO_ERP);
      assertThat(pushed.erpReference()).isEqualTo("FILE-northwind-NW-MT-0501");
    });
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(jobs.processInstanceOf(order))
        .eventName(PurchaseOrderProcess.MESSAGE_SHIPMENT_RECORDED).count()).as("waits for shipments").isEqualTo(1);
  }

  @Test
  void aWithdrawnOrderEndsItsProcess() {
    UUID order = steps.submit("nwbuyer", "NW-MT-0502", "10", "6.40").id();
    String process = jobs.processInstanceOf(order);

    lifecycle.cancel(PurchaseOrderId.of(order), Actor.person("nwbuyer"));

    assertThat(jobs.processInstanceOf(order)).isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process)
        .activityId(PurchaseOrderProcess.Element.Event_CancellationHandled.name()).count()).isEqualTo(1);
  }
}
