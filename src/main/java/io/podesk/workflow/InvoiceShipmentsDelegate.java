package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

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

  InvoiceShipmentsDelegate(Invoicing invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.invoiceShipments(PURCHASE_ORDER_ID.require(execution));
  }
}
