package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.BoundSlot;
import io.podesk.approval.FourEyes;
import io.podesk.approval.OutOfOfficeCalendar;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.engine.TaskActors;
import java.util.UUID;
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
  private final PurchaseOrderCommands orders;
  private final ApprovalPlans plans;

  ApprovalTaskAssignedListener(OutOfOfficeCalendar calendar, TaskActors actors, ApprovalPolicy policy,
      PurchaseOrderCommands orders, ApprovalPlans plans) {
    this.plans = plans;
    this.orders = orders;
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
        && FourEyes.mayDecide(userId, orders.get(PurchaseOrderId.of(orderOf(task))).submittedBy());
  }

  private UUID orderOf(DelegateTask task) {
    return plans.slotOf(task.getId()).map(BoundSlot::purchaseOrderId)
        .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no approval slot"));
  }
}
