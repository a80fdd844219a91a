package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the approval: by the reviewer, or by the routing table when no review was needed. */
@Component("approvePurchaseOrderDelegate")
class ApprovePurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;

  ApprovePurchaseOrderDelegate(PurchaseOrderLifecycle orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reviewer = REVIEWED_BY.get(execution);
    orders.approve(PURCHASE_ORDER_ID.require(execution), reviewer != null ? reviewer : "auto-approval");
  }
}
