package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.erp.ErpPush;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * For orders still running on a process version from before the "Push invoices to ERP" step (not migrated yet):
 * their invoicing step is their only way to the ERP, so the invoices it issued are pushed right after. The current
 * model pushes in a step of its own.
 */
@Component
class EarlierVersionInvoicePush {

  private final ErpPush erp;

  EarlierVersionInvoicePush(ErpPush erp) {
    this.erp = erp;
  }

  /** Pushes the order's invoices when the execution's model has no push step of its own. */
  void pushIfNoPushStep(DelegateExecution execution) {
    if (execution.getBpmnModelInstance().getModelElementById(Element.Task_PushInvoicesToErp.name()) == null) {
      erp.pushInvoices(orderIdOf(execution));
    }
  }
}
