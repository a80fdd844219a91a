package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the rejection with the reviewer's reason. */
@Component("rejectPurchaseOrderDelegate")
class RejectPurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;

  RejectPurchaseOrderDelegate(PurchaseOrderLifecycle orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.reject(PURCHASE_ORDER_ID.require(execution), REVIEWED_BY.require(execution),
        REJECTION_REASON.require(execution));
  }
}
