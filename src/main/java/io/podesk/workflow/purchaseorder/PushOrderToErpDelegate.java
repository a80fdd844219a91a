package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.erp.ErpPush;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pushes the approved order to the ERP (idempotently) and keeps the ERP's reference. */
@Component("pushOrderToErpDelegate")
class PushOrderToErpDelegate implements JavaDelegate {

  private final ErpPush erp;

  PushOrderToErpDelegate(ErpPush erp) {
    this.erp = erp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ERP_REFERENCE.set(execution, erp.push(orderIdOf(execution)));
  }
}
