package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.erp.ErpPush;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the ERP every invoice of the order it lacks, by invoice number; a retry re-sends the same invoices. */
@Component("pushInvoicesToErpDelegate")
class PushInvoicesToErpDelegate implements JavaDelegate {

  private final ErpPush erp;

  PushInvoicesToErpDelegate(ErpPush erp) {
    this.erp = erp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    erp.pushInvoices(orderIdOf(execution));
  }
}
