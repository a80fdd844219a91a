package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.orderIdOf;

import io.podesk.orders.PurchaseOrderQueries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The timers of a missing signed PDF in purchase-order.bpmn ({@code ${documentPeriods...}}): each company's own
 * reminder and cancel periods, read from its profile when the timer starts, never from a process variable.
 */
@Component("documentPeriods")
public class DocumentPeriodExpressions {

  private final PurchaseOrderQueries orders;

  DocumentPeriodExpressions(PurchaseOrderQueries orders) {
    this.orders = orders;
  }

  /** How long the buyer has before a reminder, as an ISO 8601 duration such as P2D. */
  public String reminderAfter(DelegateExecution execution) {
    return orders.documentStanding(orderIdOf(execution)).reminderAfter().toString();
  }

  /** How long the buyer has before the order is cancelled, as an ISO 8601 duration such as P7D. */
  public String cancelAfter(DelegateExecution execution) {
    return orders.documentStanding(orderIdOf(execution)).cancelAfter().toString();
  }
}
