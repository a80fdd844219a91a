package io.podesk.workflow.purchaseorder;

import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the approval: by the last approver, or by the routing table when no review was needed. Only when the
 * order's stored approval plan shows every step approved; the order refuses otherwise too (defence in depth).
 */
@Component("approvePurchaseOrderDelegate")
class ApprovePurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;
  private final ApprovalPlans plans;

  ApprovePurchaseOrderDelegate(PurchaseOrderCommands orders, ApprovalPlans plans) {
    this.orders = orders;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String plan = execution.getProcessInstanceId();
    if (!plans.approved(plan)) {
      throw new IllegalStateException("The approval plan of this order is not complete (or was rejected); "
          + "the order is not approved");
    }
    orders.approve(PurchaseOrderId.of(plans.purchaseOrderOf(plan)),
        plans.lastApprover(plan).map(Actor::person).orElse(Actor.system("auto-approval")));
  }
}
