package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Starts the approval chain: the order awaits approval. */
@Component("awaitApprovalListener")
class AwaitApprovalListener implements ExecutionListener {

  private final PurchaseOrderCommands orders;

  AwaitApprovalListener(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.awaitApproval(orderIdOf(execution));
  }
}
