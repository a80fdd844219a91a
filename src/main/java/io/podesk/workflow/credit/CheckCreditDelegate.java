package io.podesk.workflow.credit;

import static io.podesk.workflow.credit.CreditCheckProcess.*;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.credit.CreditHolds;
import io.podesk.credit.CreditPosition;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether the order fits the customer's available credit. */
@Component("checkCreditDelegate")
class CheckCreditDelegate implements JavaDelegate {

  private final CreditHolds credit;

  CheckCreditDelegate(CreditHolds credit) {
    this.credit = credit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CreditPosition position = credit.check(orderIdOf(execution));
    CREDIT_EXCEEDED.set(execution, position.exceeded());
    CREDIT_SUMMARY.set(execution, position.summary());
    CREDIT_REFUSED.set(execution, false);
  }
}
