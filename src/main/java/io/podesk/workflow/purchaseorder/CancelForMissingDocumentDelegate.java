package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline for the PO document passed: the order is cancelled and the buyer told why. */
@Component("cancelForMissingDocumentDelegate")
class CancelForMissingDocumentDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;

  CancelForMissingDocumentDelegate(PurchaseOrderLifecycle orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.moveTo(orderIdOf(execution), PurchaseOrderStatus.CANCELLED, "system",
        "The signed PO document did not arrive before the deadline");
  }
}
