package io.podesk.workflow.credit;

import static io.podesk.workflow.credit.CreditCheckProcess.*;
import static io.podesk.workflow.engine.TaskActors.refused;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.credit.CreditHolds;
import io.podesk.workflow.engine.TaskActors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Credit control resolves a hold: override with a reason, or refuse with one; checked whatever the client. */
@Component("creditHoldDecisionListener")
class CreditHoldDecisionListener implements TaskListener {

  private static final String CREDIT_CONTROL = "creditcontrol";

  private final TaskActors actors;
  private final CreditHolds credit;

  CreditHoldDecisionListener(TaskActors actors, CreditHolds credit) {
    this.actors = actors;
    this.credit = credit;
  }

  @Override
  public void notify(DelegateTask task) {
    actors.refuseReservedVariables(task);
    String controller = actors.actorOf(task);
    if (!actors.isMemberOfAny(controller, List.of(CREDIT_CONTROL))) {
      throw refused("override", controller + " is not in credit control and cannot resolve a credit hold");
    }
    Boolean override = CREDIT_OVERRIDE.get(task);
    if (override == null) {
      throw refused("override", "Decide: set 'override' to true (override the limit) or false (refuse)");
    }
    String reason = CREDIT_HOLD_REASON.get(task);
    if (reason == null || reason.isBlank()) {
      throw refused("creditHoldReason", "Give the reason for overriding or refusing the credit hold");
    }
    boolean overridden = override;
    credit.resolve(orderIdOf(task), controller, overridden, reason);
    DelegateExecution check = task.getExecution().getProcessInstance();
    CREDIT_REFUSED.set(check, !overridden);
    CREDIT_OVERRIDDEN.set(check, overridden);
    CREDIT_HOLD_REASON.set(check, reason.strip());
    check.removeVariable(CREDIT_OVERRIDE.name());
  }
}
