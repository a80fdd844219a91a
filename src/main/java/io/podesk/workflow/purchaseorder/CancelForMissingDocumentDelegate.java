package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline for the PO document passed: the order is cancelled and the buyer told why. */
@Component("cancelForMissingDocumentDelegate")
class CancelForMissingDocumentDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  CancelForMissingDocumentDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.cancelForMissingDocument(orderIdOf(execution));
  }
}
