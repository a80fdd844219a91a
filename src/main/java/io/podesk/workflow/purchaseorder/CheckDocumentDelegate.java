package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.DocumentStanding;
import io.podesk.orders.PurchaseOrderQueries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether the company requires a PO document, and whether the order has one by now. */
@Component("checkDocumentDelegate")
class CheckDocumentDelegate implements JavaDelegate {

  private final PurchaseOrderQueries orders;

  CheckDocumentDelegate(PurchaseOrderQueries orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DocumentStanding document = orders.documentStanding(orderIdOf(execution));
    DOCUMENT_REQUIRED.set(execution, document.required());
    DOCUMENT_ATTACHED.set(execution, document.attached());
  }
}
