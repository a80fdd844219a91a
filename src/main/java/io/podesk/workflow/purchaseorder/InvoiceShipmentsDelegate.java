package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

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
  private final EarlierVersionInvoicePush earlierVersions;

  InvoiceShipmentsDelegate(Invoicing invoicing, EarlierVersionInvoicePush earlierVersions) {
    this.invoicing = invoicing;
    this.earlierVersions = earlierVersions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.invoiceShipments(orderIdOf(execution));
    earlierVersions.pushIfNoPushStep(execution);
  }
}
