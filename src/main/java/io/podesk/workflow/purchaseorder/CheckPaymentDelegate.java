package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whether the order is complete: the order completes itself once everything shipped is invoiced and paid, as
 * payments come in.
 */
@Component("checkPaymentDelegate")
class CheckPaymentDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  CheckPaymentDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FULLY_PAID.set(execution, orders.get(orderIdOf(execution)).status() == PurchaseOrderStatus.COMPLETED);
  }
}
