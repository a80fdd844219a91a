package io.podesk.workflow.approval;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.BoundSlot;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An approval task opens: it is bound to the next free slot of its order's stored plan (by task id), which gives
 * its candidate group, and its due date is the step's SLA; approval records who is asked until when and asks them
 * by mail.
 */
@Component("approvalTaskCreatedListener")
class ApprovalTaskCreatedListener implements TaskListener {

  private final Clock clock;
  private final ApprovalPlans plans;
  private final ApprovalPolicy policy;

  ApprovalTaskCreatedListener(Clock clock, ApprovalPlans plans, ApprovalPolicy policy) {
    this.clock = clock;
    this.plans = plans;
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    BoundSlot bound = plans.bind(ApprovalPlanExpressions.planIdOf(task.getExecution()), task.getProcessInstanceId(),
        task.getId());
    String group = bound.slot().group();
    task.addCandidateGroup(group);
    Instant due = Instant.now(clock).plus(bound.step().sla());
    task.setDueDate(Date.from(due));
    task.setDescription("Step " + bound.step().number() + ": approval by " + group + ", due " + due);
    policy.requested(bound, due);
  }
}
