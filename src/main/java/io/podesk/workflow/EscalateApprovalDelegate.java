package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.orders.PurchaseOrder;
import io.podesk.orders.PurchaseOrderLifecycle;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The step's SLA passed: its open tasks go to the backup groups as well. */
@Component("escalateApprovalDelegate")
class EscalateApprovalDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final PurchaseOrderLifecycle orders;
  private final ApprovalEscalation escalation;

  EscalateApprovalDelegate(TaskService tasks, PurchaseOrderLifecycle orders, ApprovalEscalation escalation) {
    this.tasks = tasks;
    this.orders = orders;
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpinJsonNode step = (SpinJsonNode) execution.getVariable(APPROVAL_STEP);
    PurchaseOrder order = orders.get(PURCHASE_ORDER_ID.require(execution));
    String why = "no decision within the SLA of " + step.prop("sla").stringValue();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_APPROVE).list()) {
      var groups = escalation.groupsOf(task.getId());
      step.prop("slots").elements().stream()
          .filter(slot -> groups.contains(slot.prop("group").stringValue()))
          .findFirst()
          .ifPresent(slot -> escalation.escalate(task.getId(), order, slot.prop("group").stringValue(),
              slot.prop("backupGroup").stringValue(), why));
    }
  }
}
