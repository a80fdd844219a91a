package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlans;
import io.podesk.shared.PurchaseOrderId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The step's SLA passed: its open tasks go to the backup groups as well. */
@Component("escalateApprovalDelegate")
class EscalateApprovalDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final ApprovalEscalation escalation;
  private final ApprovalPlans plans;

  EscalateApprovalDelegate(TaskService tasks, ApprovalEscalation escalation, ApprovalPlans plans) {
    this.plans = plans;
    this.tasks = tasks;
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).list()) {
      plans.slotOf(task.getId()).ifPresent(bound -> escalation.escalate(task.getId(),
          PurchaseOrderId.of(bound.purchaseOrderId()), bound.slot().group(), bound.slot().backupGroup(),
          "no decision within the SLA of " + bound.step().sla()));
    }
  }
}
