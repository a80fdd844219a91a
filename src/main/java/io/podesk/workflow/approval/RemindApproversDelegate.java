package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reminds whoever still has to decide: the assignee of a claimed task, else every member of its groups. */
@Component("remindApproversDelegate")
class RemindApproversDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final ApprovalPolicy policy;
  private final ApprovalEscalation escalation;

  RemindApproversDelegate(TaskService tasks, ApprovalPolicy policy, ApprovalEscalation escalation) {
    this.tasks = tasks;
    this.policy = policy;
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).list();
    if (open.isEmpty()) {
      return;
    }
    List<String> assignees = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Task task : open) {
      if (task.getAssignee() != null) {
        assignees.add(task.getAssignee());
      } else {
        groups.addAll(escalation.groupsOf(task.getId()));
      }
    }
    policy.remind(orderIdOf(execution), assignees, groups);
  }
}
