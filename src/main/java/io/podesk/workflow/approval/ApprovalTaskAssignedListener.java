package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.OutOfOfficeCalendar;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.engine.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An approval task was assigned (claimed or handed over): if its assignee is out of office today, it goes on to
 * their delegate, who must be able to decide it, with the absent approver kept as its owner.
 */
@Component("approvalTaskAssignedListener")
class ApprovalTaskAssignedListener implements TaskListener {

  private final OutOfOfficeCalendar calendar;
  private final TaskActors actors;
  private final ApprovalPolicy policy;
  private final ApprovalPlans plans;

  ApprovalTaskAssignedListener(OutOfOfficeCalendar calendar, TaskActors actors, ApprovalPolicy policy,
      ApprovalPlans plans) {
    this.plans = plans;
    this.calendar = calendar;
    this.actors = actors;
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    calendar.delegateToday(assignee)
        .filter(delegate -> mayDecide(task, delegate))
        .ifPresent(delegate -> {
          task.setOwner(assignee);
          task.setAssignee(delegate);
          policy.delegated(orderOf(task), assignee, delegate, "out of office");
        });
  }

  private boolean mayDecide(DelegateTask task, String userId) {
    return calendar.delegateToday(userId).isEmpty() && actors.isCandidate(task, userId)
        && policy.mayDecide(orderOf(task), userId);
  }

  private PurchaseOrderId orderOf(DelegateTask task) {
    return plans.slotOf(task.getId()).map(bound -> PurchaseOrderId.of(bound.purchaseOrderId()))
        .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no approval slot"));
  }
}
