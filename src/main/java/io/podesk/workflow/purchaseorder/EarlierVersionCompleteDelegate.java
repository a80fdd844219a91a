package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * For orders still running on a process version that ends with a "Complete purchase order" step: the order now
 * completes itself when its last invoice is paid, so by the time such a version reaches the step there is nothing
 * left to do but make sure it did. The current model has no such step.
 */
@Component("completePurchaseOrderDelegate")
class EarlierVersionCompleteDelegate implements JavaDelegate {

  private final PurchaseOrderQueries orders;

  EarlierVersionCompleteDelegate(PurchaseOrderQueries orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchaseOrderStatus status = orders.statusOf(orderIdOf(execution));
    if (status != PurchaseOrderStatus.COMPLETED) {
      throw new IllegalStateException("The order is " + status + ", not COMPLETED; an order completes itself when "
          + "its invoices are paid");
    }
  }
}
