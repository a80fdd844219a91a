package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.approval.ApprovalProcess.APPROVED;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_EXCEEDED;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_OVERRIDE;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_REFUSED;
import static io.podesk.workflow.credit.CreditCheckProcess.Element.Task_ResolveCreditHold;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.APPROVALS_SO_FAR;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.APPROVAL_EXPIRY;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.DOCUMENT_ATTACHED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.DOCUMENT_REQUIRED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.ERP_REFERENCE;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_CancellationHandled;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderCancelledWithoutDocument;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderCompleted;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderRejected;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.SubProcess_WaitForDocument;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_InvoiceShipments;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_ObtainApprovals;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushInvoicesToErp;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushOrderToErp;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ApprovalExpired;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ApprovalStalled;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_DocumentDeadline;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_DocumentReminder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.FULLY_PAID;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.FULLY_SHIPPED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.MESSAGE_CANCELLED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.MESSAGE_DOCUMENT_UPLOADED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.MESSAGE_PAYMENT_RECORDED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.MESSAGE_SHIPMENT_RECORDED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.PURCHASE_ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.workflow.ProcessModelEngine;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paths of processes/purchase-order.bpmn (with the approval chain and credit check it calls) on a bare engine
 * with recording fakes for every delegate, listener and expression bean. The fakes decide what the real delegates
 * would find (document, credit, approval plan, shipments, payment); the tests check where the model goes with it.
 */
class PurchaseOrderProcessModelPathTests {

  ProcessModelEngine models;
  String order;

  @BeforeEach
  void setUp() {
    models = ProcessModelEngine.fresh();
    order = UUID.randomUUID().toString();
  }

  @Test
  void anOrderNeedingNoApprovalGoesToTheErpAndCompletesOnceShippedAndPaid() {
    ProcessInstance process = submit();

    assertThat(models.ended(process)).isTrue();
    assertThat(models.passed(order)).contains(Task_PushOrderToErp.name(), Task_InvoiceShipments.name(),
        Task_PushInvoicesToErp.name(), Event_PurchaseOrderCompleted.name()).doesNotContain(Task_ObtainApprovals.name());
    assertThat(models.fakes().called()).containsSubsequence("checkDocumentDelegate", "checkCreditDelegate",
        "planApprovalStepsDelegate", "checkCreditDelegate", "approvePurchaseOrderDelegate", "pushOrderToErpDelegate",
        "invoiceShipmentsDelegate", "checkShipmentsDelegate", "checkPaymentDelegate");
    assertThat(models.variable(process, ERP_REFERENCE.name())).isEqualTo("ERP-FAKE");
  }

  @Test
  void anApprovedOrderWaitsForItsShipmentsAndPaymentThenCompletes() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    models.fakes().when("checkShipmentsDelegate", scope -> FULLY_SHIPPED.set(scope, false))
        .when("checkPaymentDelegate", scope -> FULLY_PAID.set(scope, false));
    ProcessInstance process = submit();

    decide(approvalTask(), true);

    assertThat(waitsFor(MESSAGE_SHIPMENT_RECORDED)).isTrue();
    assertThat(models.fakes().called()).containsOnlyOnce("approvePurchaseOrderDelegate", "pushOrderToErpDelegate");
    models.fakes().when("checkShipmentsDelegate", scope -> FULLY_SHIPPED.set(scope, true));
    correlate(MESSAGE_SHIPMENT_RECORDED);
    assertThat(waitsFor(MESSAGE_PAYMENT_RECORDED)).isTrue();
    models.fakes().when("checkPaymentDelegate", scope -> FULLY_PAID.set(scope, true));
    correlate(MESSAGE_PAYMENT_RECORDED);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.passed(order)).contains(Task_ObtainApprovals.name(), Event_PurchaseOrderCompleted.name());
    assertThat(models.fakes().called()).filteredOn("invoiceShipmentsDelegate"::equals).as("once per shipment check")
        .hasSize(2);
  }

  @Test
  void aRejectedApprovalRejectsTheOrderAndNothingGoesToTheErp() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    ProcessInstance process = submit();

    decide(approvalTask(), false);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.passed(order)).contains(Event_PurchaseOrderRejected.name())
        .doesNotContain(Task_PushOrderToErp.name());
    assertThat(models.fakes().called()).contains("rejectPurchaseOrderDelegate")
        .doesNotContain("approvePurchaseOrderDelegate", "pushOrderToErpDelegate");
  }

  @Test
  void creditRefusedAtSubmissionRejectsTheOrderBeforeAnyApproval() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    models.fakes().when("checkCreditDelegate", scope -> {
      CREDIT_EXCEEDED.set(scope, true);
      CREDIT_REFUSED.set(scope, false);
    });
    ProcessInstance process = submit();

    assertThat(models.tasks(order)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(Task_ResolveCreditHold.name());
    models.engine().getTaskService().complete(models.tasks(order).get(0).getId(),
        Map.of(CREDIT_OVERRIDE.name(), false));
    models.runJobs(order);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.fakes().called()).contains("rejectForCreditDelegate")
        .doesNotContain("planApprovalStepsDelegate", "approvePurchaseOrderDelegate");
    assertThat(models.passed(order)).doesNotContain(Task_ObtainApprovals.name());
  }

  @Test
  void aMissingDocumentIsRemindedAndTheOrderCancelledAtTheDeadline() {
    documentMissing();
    ProcessInstance process = submit();
    assertThat(waitingIn(process)).contains(SubProcess_WaitForDocument.name());

    models.fireTimer(order, Timer_DocumentReminder);

    assertThat(models.fakes().called()).containsOnlyOnce("remindBuyerToUploadDelegate");
    assertThat(waitingIn(process)).as("still waiting after the reminder").contains(SubProcess_WaitForDocument.name());

    models.fireTimer(order, Timer_DocumentDeadline);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.fakes().called()).contains("cancelForMissingDocumentDelegate")
        .doesNotContain("planApprovalStepsDelegate");
    assertThat(models.passed(order)).contains(Event_PurchaseOrderCancelledWithoutDocument.name());
  }

  @Test
  void anUploadedDocumentLetsTheOrderGoOn() {
    documentMissing();
    ProcessInstance process = submit();

    models.engine().getRuntimeService().createMessageCorrelation(MESSAGE_DOCUMENT_UPLOADED)
        .processInstanceBusinessKey(order).setVariable(DOCUMENT_ATTACHED.name(), true).correlate();
    models.runJobs(order);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.passed(order)).contains(SubProcess_WaitForDocument.name(), Event_PurchaseOrderCompleted.name());
    assertThat(models.fakes().called()).doesNotContain("cancelForMissingDocumentDelegate");
  }

  @Test
  void anApprovalNotGivenInTimeExpiresTheOrder() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    ProcessInstance process = submit();
    approvalTask();

    models.fireTimer(order, Timer_ApprovalExpired);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.tasks(order)).as("the approval chain ended with it").isEmpty();
    assertThat(models.fakes().called()).contains("expirePurchaseOrderDelegate")
        .doesNotContain("rejectPurchaseOrderDelegate", "approvePurchaseOrderDelegate");
  }

  @Test
  void aStalledApprovalAlertsTheSalesRepAndGoesOnWaiting() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    ProcessInstance process = submit();
    Task task = approvalTask();

    models.fireTimer(order, Timer_ApprovalStalled);

    assertThat(models.fakes().called()).containsOnlyOnce("alertSalesRepDelegate");
    assertThat(models.ended(process)).isFalse();
    assertThat(approvalTask().getId()).isEqualTo(task.getId());
    assertThat(models.timerAt(order, Timer_ApprovalStalled)).as("alerted again in three days").isNotNull();
  }

  @Test
  void aCancelledOrderEndsWhereverItStands() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    ProcessInstance process = submit();
    approvalTask();

    correlate(MESSAGE_CANCELLED);

    assertThat(models.ended(process)).isTrue();
    assertThat(models.tasks(order)).isEmpty();
    assertThat(models.passed(order)).contains(Event_CancellationHandled.name());
  }

  private void documentMissing() {
    models.fakes().when("checkDocumentDelegate", scope -> {
      DOCUMENT_REQUIRED.set(scope, true);
      DOCUMENT_ATTACHED.set(scope, false);
    });
  }

  /** What the process starter passes: the order's id as business key and variable, and the approval deadline. */
  private ProcessInstance submit() {
    var variables = Variables.createVariables();
    PURCHASE_ORDER_ID.putIn(variables, UUID.fromString(order));
    APPROVAL_EXPIRY.putIn(variables, "P7D");
    APPROVALS_SO_FAR.putIn(variables, "");
    ProcessInstance instance = models.engine().getRuntimeService()
        .startProcessInstanceByKey(PurchaseOrderProcess.KEY, order, variables);
    models.runJobs(order);
    return instance;
  }

  private Task approvalTask() {
    assertThat(models.tasks(order)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(Task_ApprovePurchaseOrder.name());
    return models.tasks(order).get(0);
  }

  private void decide(Task task, boolean approved) {
    models.engine().getTaskService().complete(task.getId(), Map.of(APPROVED.name(), approved));
    models.runJobs(order);
  }

  private void correlate(String message) {
    models.engine().getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(order)
        .correlate();
    models.runJobs(order);
  }

  private boolean waitsFor(String message) {
    return models.engine().getRuntimeService().createEventSubscriptionQuery().eventName(message)
        .processInstanceId(processOf(order)).count() == 1;
  }

  private String processOf(String businessKey) {
    return models.engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PurchaseOrderProcess.KEY).processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  private List<String> waitingIn(ProcessInstance process) {
    return models.engine().getRuntimeService().getActiveActivityIds(process.getId()).isEmpty() ? List.of()
        : models.engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
            .unfinished().list().stream().map(activity -> activity.getActivityId()).toList();
  }
}
