package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether everything ordered has shipped; shipments are recorded by the domain as the ERP reports them. */
@Component("checkShipmentsDelegate")
class CheckShipmentsDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;

  CheckShipmentsDelegate(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FULLY_SHIPPED.set(execution, orders.get(orderIdOf(execution)).fullyShipped());
  }
}
