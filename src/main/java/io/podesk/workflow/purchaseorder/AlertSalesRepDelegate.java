package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.approval.ApprovalEscalation;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approval has waited too long: the company's sales rep hears which groups the order is waiting for. */
@Component("alertSalesRepDelegate")
class AlertSalesRepDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final ApprovalEscalation escalation;
  private final ApprovalPolicy policy;

  AlertSalesRepDelegate(TaskService tasks, ApprovalEscalation escalation, ApprovalPolicy policy) {
    this.tasks = tasks;
    this.escalation = escalation;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchaseOrderId order = orderIdOf(execution);
    List<String> waitingFor = tasks.createTaskQuery().processInstanceBusinessKey(order.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).list().stream()
        .flatMap(task -> escalation.groupsOf(task.getId()).stream()).distinct().toList();
    policy.stalled(order, waitingFor);
  }
}
