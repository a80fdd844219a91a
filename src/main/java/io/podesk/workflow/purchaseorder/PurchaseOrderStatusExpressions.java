package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Lets the model move the order's status where it stands: {@code ${purchaseOrderStatus.moveTo(execution, 'X')}}. */
@Component("purchaseOrderStatus")
public class PurchaseOrderStatusExpressions {

  private final PurchaseOrderLifecycle orders;

  PurchaseOrderStatusExpressions(PurchaseOrderLifecycle orders) {
    this.orders = orders;
  }

  public void moveTo(DelegateExecution execution, String status) {
    orders.moveTo(orderIdOf(execution), PurchaseOrderStatus.valueOf(status), "system", null);
  }
}
