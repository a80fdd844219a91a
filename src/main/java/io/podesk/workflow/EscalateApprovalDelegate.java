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
      for (SpinJsonNode slot : step.prop("slots").elements()) {
        String group = slot.prop("group").stringValue();
        if (escalation.groupsOf(task.getId()).contains(group)) {
          escalation.escalate(task.getId(), order, group, slot.prop("backupGroup").stringValue(), why);
        }
      }
    }
  }
}
