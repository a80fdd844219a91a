package io.podesk.workflow.purchaseorder;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.DecidedApproval;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the rejection with the reviewer's reason, both as the approval plan recorded them. */
@Component("rejectPurchaseOrderDelegate")
class RejectPurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;
  private final ApprovalPlans plans;

  RejectPurchaseOrderDelegate(PurchaseOrderCommands orders, ApprovalPlans plans) {
    this.orders = orders;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String plan = execution.getProcessInstanceId();
    DecidedApproval rejection = plans.rejectionOf(plan).orElseThrow(() -> new IllegalStateException(
        "Nobody rejected this order in its approval plan; it is not rejected"));
    orders.reject(PurchaseOrderId.of(plans.purchaseOrderOf(plan)), Actor.person(rejection.approver()),
        rejection.reason());
  }
}
