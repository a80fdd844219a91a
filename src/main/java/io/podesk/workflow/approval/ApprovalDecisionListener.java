package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.*;
import static io.podesk.workflow.engine.TaskActors.refused;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalDecision;
import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.ApprovalRefused;
import io.podesk.approval.BoundSlot;
import io.podesk.shared.ConflictException;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.engine.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks an approval decision whichever client completes the task (Tasklist, /engine-rest, Java) and hands it to
 * the domain's {@link ApprovalPolicy} (reason, four-eyes, authority, the step's turn). Which order, step, group
 * and side the task decides comes from the slot the server bound it to, never from the task's variables. A refusal rolls the completion back with a
 * message the approver can act on; one for lack of authority also escalates the task to the backup group.
 */
@Component("approvalDecisionListener")
class ApprovalDecisionListener implements TaskListener {

  private final TaskActors actors;
  private final ApprovalPolicy policy;
  private final ApprovalEscalation escalation;
  private final ApprovalPlans plans;

  ApprovalDecisionListener(TaskActors actors, ApprovalPolicy policy, ApprovalEscalation escalation,
      ApprovalPlans plans) {
    this.plans = plans;
    this.actors = actors;
    this.policy = policy;
    this.escalation = escalation;
  }

  @Override
  public void notify(DelegateTask task) {
    actors.refuseReservedVariables(task);
    String approver = actors.actorOf(task);
    Boolean approved = APPROVED.get(task);
    if (approved == null) {
      throw refused("approved", "Decide: set 'approved' to true or false");
    }
    BoundSlot slot = plans.slotOf(task.getId()).orElseThrow(() -> refused("approved",
        "This task is not bound to a step of an approval plan and cannot be decided"));
    if (plans.decided(task.getId())) {
      // the same task completed twice at once: the first decision stands, whoever asks second
      throw new ConflictException("This approval step was already decided a moment ago; nothing was changed");
    }
    if (!actors.isCandidate(task, approver)) {
      throw refused("approved", approver + " is not in a group this task is for and cannot decide it");
    }
    try {
      policy.decide(new ApprovalDecision(slot, approver, approved, REJECTION_REASON.get(task),
          task.getOwner() != null && !task.getOwner().equals(approver) ? task.getOwner() : null));
    } catch (ApprovalRefused e) {
      if (e.escalate()) {
        escalation.escalateNow(task.getId(), PurchaseOrderId.of(slot.purchaseOrderId()), slot.slot().group(), slot.slot().backupGroup(), e.getMessage());
      }
      throw refused("approved", e.getMessage());
    }
    DelegateExecution chain = task.getExecution().getProcessInstance();
    // shown to the approvers who come next; the chain's progress itself is read from the stored plan
    APPROVALS_SO_FAR.set(chain, policy.summaryOf(task.getProcessInstanceId()));
    // the next approver's form starts undecided
    chain.removeVariable(APPROVED.name());
    chain.removeVariable(REJECTION_REASON.name());
  }
}
