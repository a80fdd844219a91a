package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Starts the wait for the signed PO document: the order awaits its document. */
@Component("awaitDocumentListener")
class AwaitDocumentListener implements ExecutionListener {

  private final PurchaseOrderCommands orders;

  AwaitDocumentListener(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.awaitDocument(orderIdOf(execution));
  }
}
