package io.podesk.workflow;

import static io.podesk.workflow.ApprovalDecisionListener.refused;
import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.credit.CreditHolds;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Credit control resolves a hold: override with a reason, or refuse with one; checked whatever the client. */
@Component("creditHoldDecisionListener")
class CreditHoldDecisionListener implements TaskListener {

  private static final String CREDIT_CONTROL = "creditcontrol";

  private final IdentityService identity;
  private final CreditHolds credit;

  CreditHoldDecisionListener(IdentityService identity, CreditHolds credit) {
    this.identity = identity;
    this.credit = credit;
  }

  @Override
  public void notify(DelegateTask task) {
    String controller = controllerOf(task);
    if (identity.createUserQuery().userId(controller).memberOfGroup(CREDIT_CONTROL).count() == 0) {
      throw refused("override", controller + " is not in credit control and cannot resolve a credit hold");
    }
    Boolean override = CREDIT_OVERRIDE.get(task);
    String reason = CREDIT_HOLD_REASON.get(task);
    if (reason == null || reason.isBlank()) {
      throw refused("creditHoldReason", "Give the reason for overriding or refusing the credit hold");
    }
    boolean overridden = Boolean.TRUE.equals(override);
    credit.resolve(PURCHASE_ORDER_ID.require(task), controller, overridden, reason);
    DelegateExecution check = task.getExecution().getProcessInstance();
    CREDIT_REFUSED.set(check, !overridden);
    check.setVariable("creditOverridden", overridden);
    CREDIT_HOLD_REASON.set(check, reason.strip());
    check.removeVariable(CREDIT_OVERRIDE.name());
  }

  private String controllerOf(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw refused("assignee", "Claim the task or authenticate before completing it");
  }
}
