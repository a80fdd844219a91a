package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.invoicing.Invoicing;
import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whether a shipment still waits for its invoice, and whether everything ordered has shipped; shipments are recorded
 * by the domain as the ERP reports them.
 */
@Component("checkShipmentsDelegate")
class CheckShipmentsDelegate implements JavaDelegate {

  private final PurchaseOrderLifecycle orders;
  private final Invoicing invoicing;

  CheckShipmentsDelegate(PurchaseOrderLifecycle orders, Invoicing invoicing) {
    this.orders = orders;
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SHIPMENTS_TO_INVOICE.set(execution, invoicing.hasShipmentsToInvoice(PURCHASE_ORDER_ID.require(execution)));
    FULLY_SHIPPED.set(execution, orders.get(PURCHASE_ORDER_ID.require(execution)).fullyShipped());
  }
}
