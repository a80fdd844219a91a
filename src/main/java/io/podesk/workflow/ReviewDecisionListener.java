package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a review decision whichever client completes the task (Tasklist, /engine-rest, Java): a decision must be
 * given, a rejection needs a reason, the reviewer must belong to the reviewing group and must not be the buyer
 * who submitted the order. Then the decision is recorded in the audit trail.
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener implements TaskListener {

  private final IdentityService identity;
  private final PurchaseOrderLifecycle orders;
  private final AuditTrail audit;

  ReviewDecisionListener(IdentityService identity, PurchaseOrderLifecycle orders, AuditTrail audit) {
    this.identity = identity;
    this.orders = orders;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String reviewer = reviewerOf(task);
    Boolean approved = APPROVED.get(task);
    if (approved == null) {
      throw refused("approved", "Decide: set 'approved' to true or false");
    }
    String reason = REJECTION_REASON.get(task);
    if (!approved && (reason == null || reason.isBlank())) {
      throw refused("rejectionReason", "A rejection needs a reason the buyer can act on");
    }
    var order = orders.get(PURCHASE_ORDER_ID.require(task));
    if (reviewer.equals(order.submittedBy())) {
      throw refused("approved", "Nobody approves their own purchase order");
    }
    String group = REVIEWER_GROUP.require(task);
    if (identity.createUserQuery().userId(reviewer).memberOfGroup(group).count() == 0) {
      throw refused("approved", reviewer + " is not a member of " + group + " and cannot decide this task");
    }
    REVIEWED_BY.set(task, reviewer);
    if (approved) {
      REJECTION_REASON.set(task, null);
    }
    audit.record(order.id(), reviewer, AuditType.TASK_COMPLETED,
        task.getName() + ": " + (approved ? "approved" : "rejected: " + reason.strip()));
  }

  /** A refusal the REST API answers with 400 and Tasklist shows at the form. */
  private static FormFieldValidationException refused(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  private String reviewerOf(DelegateTask task) {
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
