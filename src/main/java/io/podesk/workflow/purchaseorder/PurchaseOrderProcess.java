package io.podesk.workflow.purchaseorder;

import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.engine.ProcessVariable;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The purchase-order process ({@code processes/purchase-order.bpmn}): its key, the elements code and tests refer to,
 * its messages and the variables it carries (ids and decisions only). It calls {@link ApprovalProcess} and
 * {@link CreditCheckProcess}.
 */
public final class PurchaseOrderProcess {

  public static final String KEY = "PurchaseOrder";

  /** Element ids of purchase-order.bpmn: each constant's name is the id ({@code Element.X.name()}). */
  public enum Element {
    Event_PurchaseOrderSubmitted,
    SubProcess_WaitForDocument,
    Timer_DocumentReminder,
    Timer_DocumentDeadline,
    Event_PurchaseOrderCancelledWithoutDocument,
    /** The call of the approval chain ({@link ApprovalProcess}). */
    Task_ObtainApprovals,
    Timer_ApprovalStalled,
    Timer_ApprovalExpired,
    Event_PurchaseOrderRejected,
    Task_PushOrderToErp,
    /** Where an order waits for its shipments; an offline order's instance starts here. */
    Gateway_AwaitShipments,
    Task_InvoiceShipments,
    /** Runs beside the rest of the fulfilment (a parallel branch), so a failing ERP holds up nothing else. */
    Task_PushInvoicesToErp,
    Event_ShipmentRecorded,
    Timer_ShipmentRecheck,
    Timer_PaymentRecheck,
    Event_PurchaseOrderCompleted,
    Event_CancellationHandled,
    Task_ReviewErpTotals
  }

  public static final String MESSAGE_DOCUMENT_UPLOADED = "DocumentUploaded";
  public static final String MESSAGE_CANCELLED = "PurchaseOrderCancelled";

  public static final ProcessVariable<UUID> PURCHASE_ORDER_ID = ProcessVariable.of("purchaseOrderId", UUID.class);
  public static final ProcessVariable<Boolean> DOCUMENT_REQUIRED =
      ProcessVariable.of("documentRequired", Boolean.class);
  public static final ProcessVariable<Boolean> DOCUMENT_ATTACHED =
      ProcessVariable.of("documentAttached", Boolean.class);
  /** ISO-8601 duration after which an order still waiting for approvals expires (per company, default P7D). */
  public static final ProcessVariable<String> APPROVAL_EXPIRY = ProcessVariable.of("approvalExpiry", String.class);
  public static final ProcessVariable<Boolean> FULLY_SHIPPED = ProcessVariable.of("fullyShipped", Boolean.class);
  public static final String MESSAGE_SHIPMENT_RECORDED = "ShipmentRecorded";
  public static final String MESSAGE_PAYMENT_RECORDED = "PaymentRecorded";
  public static final String MESSAGE_ERP_TOTALS_DIFFER = "ErpTotalsDiffer";
  public static final ProcessVariable<Boolean> FULLY_PAID = ProcessVariable.of("fullyPaid", Boolean.class);
  public static final String MESSAGE_ORDER_CHANGED = "OrderChanged";
  public static final ProcessVariable<Boolean> AUTO_APPROVED = ProcessVariable.of("autoApproved", Boolean.class);
  public static final ProcessVariable<String> APPROVALS_SO_FAR = ProcessVariable.of("approvalsSoFar", String.class);
  public static final ProcessVariable<String> ERP_REFERENCE = ProcessVariable.of("erpReference", String.class);

  /** Shown by the review form only; the domain stays the source of truth. */
  public static final ProcessVariable<String> PO_NUMBER = ProcessVariable.of("poNumber", String.class);
  public static final ProcessVariable<String> COMPANY_NAME = ProcessVariable.of("companyName", String.class);
  public static final ProcessVariable<String> TOTAL_DISPLAY = ProcessVariable.of("totalDisplay", String.class);
  /** The lines as JSON, for the forms' lines table. */
  public static final String LINES = "lines";
  public static final ProcessVariable<String> REVISION_SUMMARY = ProcessVariable.of("revisionSummary", String.class);
  public static final ProcessVariable<String> DOCUMENT_URL = ProcessVariable.of("documentUrl", String.class);

  /** Approver group with which the routing table approves without anyone. */
  public static final String NO_APPROVAL = "none";

  private PurchaseOrderProcess() {}

  /**
   * The order a process instance runs for: its business key, set by the server when the process starts and
   * passed to every called process. Unlike the {@code purchaseOrderId} variable (kept for people reading Cockpit),
   * no client can rewrite it through a task completion or a variable update.
   */
  public static PurchaseOrderId orderIdOf(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has no business key: it does not run for a purchase order");
    }
    return PurchaseOrderId.of(UUID.fromString(businessKey));
  }

  public static PurchaseOrderId orderIdOf(DelegateTask task) {
    return orderIdOf(task.getExecution());
  }
}
