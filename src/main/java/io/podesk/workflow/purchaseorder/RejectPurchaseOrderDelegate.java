package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the rejection with the reviewer's reason, both as the approval plan of the order's revision recorded them. */
@Component("rejectPurchaseOrderDelegate")
class RejectPurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  RejectPurchaseOrderDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.rejectAsDecided(orderIdOf(execution));
  }
}
