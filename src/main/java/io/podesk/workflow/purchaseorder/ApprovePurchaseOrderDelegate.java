package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the approval: by the last approver, or by the routing table when no review was needed. The order refuses
 * unless the stored approval plan of its revision shows every step approved.
 */
@Component("approvePurchaseOrderDelegate")
class ApprovePurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  ApprovePurchaseOrderDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.approve(orderIdOf(execution));
  }
}
