package io.podesk.workflow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The purchase-order process: its key, messages and the variables it carries (ids and decisions only). */
public final class PurchaseOrderProcess {

  public static final String KEY = "PurchaseOrder";
  public static final String MESSAGE_DOCUMENT_UPLOADED = "DocumentUploaded";
  public static final String MESSAGE_CANCELLED = "PurchaseOrderCancelled";
  public static final String APPROVAL_KEY = "Approval";
  public static final String TASK_APPROVE = "Task_ApprovePurchaseOrder";
  public static final String TASK_PUSH_TO_ERP = "Task_PushOrderToErp";
  public static final String TASK_INVOICE_SHIPMENTS = "Task_InvoiceShipments";
  /** Runs beside the rest of the fulfilment (a parallel branch), so a failing ERP holds up nothing else. */
  public static final String TASK_PUSH_INVOICES_TO_ERP = "Task_PushInvoicesToErp";

  public static final ProcessVariable<UUID> PURCHASE_ORDER_ID = ProcessVariable.of("purchaseOrderId", UUID.class);
  public static final ProcessVariable<Boolean> DOCUMENT_REQUIRED =
      ProcessVariable.of("documentRequired", Boolean.class);
  public static final ProcessVariable<Boolean> DOCUMENT_ATTACHED =
      ProcessVariable.of("documentAttached", Boolean.class);
  /** ISO-8601 duration after which an order still waiting for approvals expires (per company, default P7D). */
  public static final ProcessVariable<String> APPROVAL_EXPIRY = ProcessVariable.of("approvalExpiry", String.class);
  public static final ProcessVariable<Boolean> CREDIT_EXCEEDED = ProcessVariable.of("creditExceeded", Boolean.class);
  public static final ProcessVariable<String> CREDIT_SUMMARY = ProcessVariable.of("creditSummary", String.class);
  public static final ProcessVariable<Boolean> CREDIT_REFUSED = ProcessVariable.of("creditRefused", Boolean.class);
  public static final ProcessVariable<Boolean> CREDIT_OVERRIDE = ProcessVariable.of("override", Boolean.class);
  public static final ProcessVariable<String> CREDIT_HOLD_REASON =
      ProcessVariable.of("creditHoldReason", String.class);
  public static final ProcessVariable<Boolean> FULLY_SHIPPED = ProcessVariable.of("fullyShipped", Boolean.class);
  public static final String MESSAGE_SHIPMENT_RECORDED = "ShipmentRecorded";
  public static final String MESSAGE_PAYMENT_RECORDED = "PaymentRecorded";
  public static final String MESSAGE_ERP_TOTALS_DIFFER = "ErpTotalsDiffer";
  public static final ProcessVariable<Boolean> FULLY_PAID = ProcessVariable.of("fullyPaid", Boolean.class);
  public static final String MESSAGE_ORDER_CHANGED = "OrderChanged";
  public static final ProcessVariable<Boolean> AUTO_APPROVED = ProcessVariable.of("autoApproved", Boolean.class);
  /** The position of the step and slot an approval task runs for: display only, the task's slot is bound by id. */
  public static final ProcessVariable<Integer> APPROVAL_STEP = ProcessVariable.of("approvalStep", Integer.class);
  public static final ProcessVariable<Integer> APPROVAL_SLOT = ProcessVariable.of("approvalSlot", Integer.class);
  public static final ProcessVariable<Boolean> REJECTED = ProcessVariable.of("rejected", Boolean.class);
  public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);
  public static final ProcessVariable<String> APPROVALS_SO_FAR = ProcessVariable.of("approvalsSoFar", String.class);
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.of("approved", Boolean.class);
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.of("rejectionReason", String.class);
  public static final ProcessVariable<String> REVIEWED_BY = ProcessVariable.of("reviewedBy", String.class);
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
  public static UUID orderIdOf(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has no business key: it does not run for a purchase order");
    }
    return UUID.fromString(businessKey);
  }

  public static UUID orderIdOf(DelegateTask task) {
    return orderIdOf(task.getExecution());
  }
}
