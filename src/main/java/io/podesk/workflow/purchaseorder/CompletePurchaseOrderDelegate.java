package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Everything shipped and paid: the order is complete. */
@Component("completePurchaseOrderDelegate")
class CompletePurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;

  CompletePurchaseOrderDelegate(PurchaseOrderLifecycle orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.moveTo(orderIdOf(execution), PurchaseOrderStatus.COMPLETED, "system", null);
  }
}
