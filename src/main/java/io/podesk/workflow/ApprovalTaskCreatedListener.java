package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalRequested;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An approval task opens: its due date is the step's SLA, the order's timeline says who is asked, until when, and
 * the members of its group are asked by mail ({@link ApprovalRequested}).
 */
@Component("approvalTaskCreatedListener")
class ApprovalTaskCreatedListener implements TaskListener {

  private final AuditTrail audit;
  private final Clock clock;
  private final IdentityService identity;
  private final io.podesk.customers.CompanyUsers companyUsers;
  private final io.podesk.orders.PurchaseOrderLifecycle orders;
  private final ApplicationEventPublisher events;

  ApprovalTaskCreatedListener(AuditTrail audit, Clock clock, IdentityService identity,
      io.podesk.customers.CompanyUsers companyUsers, io.podesk.orders.PurchaseOrderLifecycle orders,
      ApplicationEventPublisher events) {
    this.audit = audit;
    this.clock = clock;
    this.identity = identity;
    this.companyUsers = companyUsers;
    this.orders = orders;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    SpinJsonNode step = (SpinJsonNode) task.getVariable(APPROVAL_STEP);
    SpinJsonNode slot = (SpinJsonNode) task.getVariable(APPROVAL_SLOT);
    Instant due = Instant.now(clock).plus(Duration.parse(step.prop("sla").stringValue()));
    task.setDueDate(Date.from(due));
    String group = slot.prop("group").stringValue();
    task.setDescription("Step " + step.prop("step").numberValue() + ": approval by " + group + ", due " + due);
    audit.record(PURCHASE_ORDER_ID.require(task), "system", AuditType.APPROVAL_REQUESTED,
        "Step " + step.prop("step").numberValue() + ": " + group + ", SLA due " + due);
    boolean buyerSide = slot.hasProp("side") && "buyer".equals(slot.prop("side").stringValue());
    var order = orders.get(PURCHASE_ORDER_ID.require(task));
    events.publishEvent(new ApprovalRequested(order.id(), order.displayName(), group, buyerSide, task.getId(),
        recipients(group, buyerSide, order.customerId()), order.total(), order.currency(), due));
  }

  /** Company approvers come from the customer's people; staff (and anyone else) from the user store. */
  private List<ApprovalRequested.Recipient> recipients(String group, boolean buyerSide, String customerId) {
    if (buyerSide) {
      return companyUsers.findByCustomerIdAndRole(customerId, io.podesk.customers.CompanyRole.APPROVER).stream()
          .map(user -> new ApprovalRequested.Recipient(user.userId(), user.displayName(), user.email()))
          .toList();
    }
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .filter(user -> user.getEmail() != null)
        .map(user -> new ApprovalRequested.Recipient(user.getId(),
            Objects.toString(user.getFirstName(), user.getId()), user.getEmail()))
        .toList();
  }
}
