package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** An approval task opens: its due date is the step's SLA, and the order's timeline says who is asked, until when. */
@Component("approvalTaskCreatedListener")
class ApprovalTaskCreatedListener implements TaskListener {

  private final AuditTrail audit;
  private final Clock clock;

  ApprovalTaskCreatedListener(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
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
  }
}
