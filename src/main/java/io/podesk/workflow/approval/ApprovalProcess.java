package io.podesk.workflow.approval;

import io.podesk.workflow.engine.ProcessVariable;

/**
 * The approval chain ({@code processes/approval.bpmn}), called by the purchase-order process: its key, the elements
 * code and tests refer to, the variables of an approval decision, and the decision tables that plan the chain.
 */
public final class ApprovalProcess {

  public static final String KEY = "Approval";

  /** Element ids of approval.bpmn: each constant's name is the id ({@code Element.X.name()}). */
  public enum Element {
    /** The user task of one approver slot. */
    Task_ApprovePurchaseOrder,
    Timer_ApprovalReminder,
    /** The daily reminder the timer above starts. */
    Task_RemindApprovers,
    Timer_ApprovalEscalation
  }

  /** {@code processes/approval-routing.dmn}: who approves an order, in which steps. */
  public static final String ROUTING_DECISION = "approvalRouting";
  /** {@code processes/reapproval.dmn}: whether a change after approval is approved again, and from which step. */
  public static final String REAPPROVAL_DECISION = "reapproval";

  /** The position of the step and slot an approval task runs for: display only, the task's slot is bound by id. */
  public static final ProcessVariable<Integer> APPROVAL_STEP = ProcessVariable.of("approvalStep", Integer.class);
  public static final ProcessVariable<Integer> APPROVAL_SLOT = ProcessVariable.of("approvalSlot", Integer.class);
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.of("approved", Boolean.class);
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.of("rejectionReason", String.class);

  private ApprovalProcess() {}
}
