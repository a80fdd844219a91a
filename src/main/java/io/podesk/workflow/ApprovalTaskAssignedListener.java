package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.OutOfOfficeCalendar;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * An approval task was assigned (claimed or handed over): if its assignee is out of office today, it goes on to
 * their delegate, who must be able to decide it, with the absent approver kept as its owner.
 */
@Component("approvalTaskAssignedListener")
class ApprovalTaskAssignedListener implements TaskListener {

  private final OutOfOfficeCalendar calendar;
  private final IdentityService identity;
  private final ApprovalPolicy policy;

  ApprovalTaskAssignedListener(OutOfOfficeCalendar calendar, IdentityService identity, ApprovalPolicy policy) {
    this.calendar = calendar;
    this.identity = identity;
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
          policy.delegated(PURCHASE_ORDER_ID.require(task), assignee, delegate, "out of office");
        });
  }

  private boolean mayDecide(DelegateTask task, String userId) {
    return calendar.delegateToday(userId).isEmpty() && task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull)
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }
}
