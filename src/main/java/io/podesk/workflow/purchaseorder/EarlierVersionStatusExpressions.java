package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * For orders still running on a process version deployed before each phase had its own listener: those versions
 * call {@code ${purchaseOrderStatus.moveTo(execution, 'X')}} at three places, and this bean hands each to the same
 * phase command as today's listeners. The current models never call it ({@code ProcessModelTests} refuses a status
 * in a model); it can go once no instance of such a version runs (see {@code /api/admin/process-migrations}).
 */
@Component("purchaseOrderStatus")
public class EarlierVersionStatusExpressions {

  private final PurchaseOrderCommands orders;

  EarlierVersionStatusExpressions(PurchaseOrderCommands orders) {
    this.orders = orders;
  }

  public void moveTo(DelegateExecution execution, String status) {
    switch (status) {
      case "AWAITING_DOCUMENT" -> orders.awaitDocument(orderIdOf(execution));
      case "PENDING_APPROVAL" -> orders.awaitApproval(orderIdOf(execution));
      case "CREDIT_HOLD" -> orders.holdForCredit(orderIdOf(execution));
      default -> throw new IllegalStateException("No process version moved an order to " + status
          + " from its model; migrate the instance to the latest version");
    }
  }
}
