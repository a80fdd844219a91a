package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approvals did not come in time: the order expires and the buyer is told why. */
@Component("expirePurchaseOrderDelegate")
class ExpirePurchaseOrderDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  ExpirePurchaseOrderDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.expire(orderIdOf(execution), Period.parse(APPROVAL_EXPIRY.require(execution)));
  }
}
