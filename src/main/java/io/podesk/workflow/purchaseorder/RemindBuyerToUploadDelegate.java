package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the buyer of the missing document, unless it has arrived meanwhile. */
@Component("remindBuyerToUploadDelegate")
class RemindBuyerToUploadDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  RemindBuyerToUploadDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean stillMissing = orders.remindIfDocumentMissing(orderIdOf(execution));
    DOCUMENT_ATTACHED.set(execution, !stillMissing);
  }
}
