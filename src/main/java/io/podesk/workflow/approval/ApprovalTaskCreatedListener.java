package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalRequested;
import io.podesk.approval.BoundSlot;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.CustomerDirectory;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An approval task opens: it is bound to the next free slot of its order's stored plan (by task id), which gives
 * its candidate group, and its due date is the step's SLA, the order's timeline says who is asked, until when, and
 * the members of its group are asked by mail ({@link ApprovalRequested}).
 */
@Component("approvalTaskCreatedListener")
class ApprovalTaskCreatedListener implements TaskListener {

  private final AuditTrail audit;
  private final Clock clock;
  private final IdentityService identity;
  private final CustomerDirectory customers;
  private final PurchaseOrderCommands orders;
  private final ApplicationEventPublisher events;
  private final ApprovalPlans plans;

  ApprovalTaskCreatedListener(AuditTrail audit, Clock clock, IdentityService identity,
      CustomerDirectory customers, PurchaseOrderCommands orders,
      ApplicationEventPublisher events, ApprovalPlans plans) {
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
    this.identity = identity;
    this.customers = customers;
    this.orders = orders;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    BoundSlot bound = plans.bind(ApprovalPlanExpressions.planIdOf(task.getExecution()), task.getProcessInstanceId(),
        task.getId());
    String group = bound.slot().group();
    task.addCandidateGroup(group);
    Instant due = Instant.now(clock).plus(bound.step().sla());
    task.setDueDate(Date.from(due));
    int step = bound.step().number();
    task.setDescription("Step " + step + ": approval by " + group + ", due " + due);
    audit.record(bound.purchaseOrderId(), Actor.SYSTEM, AuditType.APPROVAL_REQUESTED,
        "Step " + step + ": " + group + ", SLA due " + due);
    var order = orders.get(PurchaseOrderId.of(bound.purchaseOrderId()));
    events.publishEvent(new ApprovalRequested(order.id(), order.displayName(), group, bound.buyerSide(),
        task.getId(), recipients(group, bound.buyerSide(), order.companyId()), order.total().amount(),
        order.currency(), due));
  }

  /** Company approvers come from the customer's people; staff (and anyone else) from the user store. */
  private List<ApprovalRequested.Recipient> recipients(String group, boolean buyerSide, CompanyId customerId) {
    if (buyerSide) {
      return customers.approversOf(customerId).stream()
          .map(person -> new ApprovalRequested.Recipient(person.userId(), person.displayName(), person.email()))
          .toList();
    }
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .filter(user -> user.getEmail() != null)
        .map(user -> new ApprovalRequested.Recipient(user.getId(),
            Objects.toString(user.getFirstName(), user.getId()), user.getEmail()))
        .toList();
  }
}
