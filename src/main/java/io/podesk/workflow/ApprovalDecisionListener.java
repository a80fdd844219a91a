package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;
import static io.podesk.workflow.TaskActors.refused;

import io.podesk.approval.ApprovalDecision;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.ApprovalRefused;
import io.podesk.orders.PurchaseOrder;
import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Checks an approval decision whichever client completes the task (Tasklist, /engine-rest, Java) and hands it to
 * the domain's {@link ApprovalPolicy} (reason, four-eyes, authority). A refusal rolls the completion back with a
 * message the approver can act on; one for lack of authority also escalates the task to the backup group.
 */
@Component("approvalDecisionListener")
class ApprovalDecisionListener implements TaskListener {

  private final TaskActors actors;
  private final PurchaseOrderLifecycle orders;
  private final ApprovalPolicy policy;
  private final ApprovalEscalation escalation;

  private final io.podesk.orders.BaseCurrency baseCurrency;

  ApprovalDecisionListener(TaskActors actors, PurchaseOrderLifecycle orders, ApprovalPolicy policy,
      ApprovalEscalation escalation, io.podesk.orders.BaseCurrency baseCurrency) {
    this.baseCurrency = baseCurrency;
    this.actors = actors;
    this.orders = orders;
    this.policy = policy;
    this.escalation = escalation;
  }

  @Override
  public void notify(DelegateTask task) {
    String approver = actors.actorOf(task);
    Boolean approved = APPROVED.get(task);
    if (approved == null) {
      throw refused("approved", "Decide: set 'approved' to true or false");
    }
    if (!actors.isCandidate(task, approver)) {
      throw refused("approved", approver + " is not in a group this task is for and cannot decide it");
    }
    PurchaseOrder order = orders.get(PURCHASE_ORDER_ID.require(task));
    SpinJsonNode slot = (SpinJsonNode) task.getVariable(APPROVAL_SLOT);
    String group = slot == null ? null : slot.prop("group").stringValue();
    try {
      policy.decide(new ApprovalDecision(order.id(), task.getProcessInstanceId(), task.getId(), group, approver,
          order.submittedBy(), baseCurrency.toBase(order.total(), order.currency()).orElse(null), approved,
          REJECTION_REASON.get(task),
          slot != null && slot.hasProp("side") && "buyer".equals(slot.prop("side").stringValue()),
          task.getOwner() != null && !task.getOwner().equals(approver) ? task.getOwner() : null));
    } catch (ApprovalRefused e) {
      if (e.escalate() && slot != null) {
        escalation.escalateNow(task.getId(), order, group, slot.prop("backupGroup").stringValue(), e.getMessage());
      }
      throw refused("approved", e.getMessage());
    }
    DelegateExecution chain = task.getExecution().getProcessInstance();
    DECIDED_BY.set(chain, approver);
    APPROVALS_SO_FAR.set(chain, policy.summaryOf(task.getProcessInstanceId()));
    if (approved) {
      // the next approver's form starts undecided
      chain.removeVariable(APPROVED.name());
      chain.removeVariable(REJECTION_REASON.name());
    } else {
      REJECTED.set(chain, true);
      REJECTION_REASON.set(chain, REJECTION_REASON.get(task).strip());
    }
  }

}
