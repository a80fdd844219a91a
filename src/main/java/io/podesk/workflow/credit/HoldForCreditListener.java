package io.podesk.workflow.credit;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Starts the credit-hold task: the order is on credit hold until credit control decides. */
@Component("holdForCreditListener")
class HoldForCreditListener implements ExecutionListener {

  private final PurchaseOrderCommands orders;

  HoldForCreditListener(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.holdForCredit(orderIdOf(execution));
  }
}
