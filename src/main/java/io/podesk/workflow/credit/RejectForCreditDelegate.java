package io.podesk.workflow.credit;

import static io.podesk.workflow.credit.CreditCheckProcess.*;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Credit control refused the order: it is rejected with their reason. */
@Component("rejectForCreditDelegate")
class RejectForCreditDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  RejectForCreditDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.reject(orderIdOf(execution), Actor.system("credit control"),
        "Over the credit limit: " + CREDIT_HOLD_REASON.require(execution));
  }
}
