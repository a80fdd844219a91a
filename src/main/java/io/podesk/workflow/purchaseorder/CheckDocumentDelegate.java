package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.customers.CustomerDirectory;
import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrderSnapshot;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether the company requires a PO document, and whether the order has one by now. */
@Component("checkDocumentDelegate")
class CheckDocumentDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;
  private final CustomerDirectory customers;

  CheckDocumentDelegate(PurchaseOrderLifecycle orders, CustomerDirectory customers) {
    this.orders = orders;
    this.customers = customers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchaseOrderSnapshot order = orders.get(orderIdOf(execution));
    DOCUMENT_REQUIRED.set(execution, customers.termsOf(order.companyId()).documentRequired());
    DOCUMENT_ATTACHED.set(execution, order.hasDocument());
  }
}
