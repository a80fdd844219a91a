package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues the invoices for whatever shipped and is not invoiced yet, and pushes them to the ERP. */
@Component("invoiceShipmentsDelegate")
class InvoiceShipmentsDelegate implements JavaDelegate {

  private final Invoicing invoicing;
  private final io.podesk.erp.ErpPush erp;

  InvoiceShipmentsDelegate(Invoicing invoicing, io.podesk.erp.ErpPush erp) {
    this.invoicing = invoicing;
    this.erp = erp;
  }

  /** Issues the invoices, then hands every one the ERP lacks to it (a retry re-sends only what is missing). */
  @Override
  public void execute(DelegateExecution execution) {
    invoicing.invoiceShipments(orderIdOf(execution));
    erp.pushInvoices(orderIdOf(execution));
  }
}
