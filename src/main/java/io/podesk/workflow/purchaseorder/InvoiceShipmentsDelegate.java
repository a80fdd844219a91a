package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.erp.ErpPush;
import io.podesk.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the invoices for whatever shipped and is not invoiced yet. Pushing them to the ERP is a step of its own
 * (pushInvoicesToErpDelegate): a failing ERP retries that step with the invoices issued here, never issues again.
 */
@Component("invoiceShipmentsDelegate")
class InvoiceShipmentsDelegate implements JavaDelegate {

  private final Invoicing invoicing;
  private final ErpPush erp;

  InvoiceShipmentsDelegate(Invoicing invoicing, ErpPush erp) {
    this.invoicing = invoicing;
    this.erp = erp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.invoiceShipments(orderIdOf(execution));
    // an instance still on a process version from before the push step (not migrated yet) has no other push
    if (execution.getBpmnModelInstance().getModelElementById(Element.Task_PushInvoicesToErp.name()) == null) {
      erp.pushInvoices(orderIdOf(execution));
    }
  }
}
