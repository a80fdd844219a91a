package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.ApprovalRequested;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reminds whoever still has to decide: the assignee of a claimed task, else every member of its groups. */
@Component("remindApproversDelegate")
class RemindApproversDelegate implements JavaDelegate {

  private final TaskService tasks;
  private final IdentityService identity;
  private final PurchaseOrderCommands orders;
  private final ApprovalPolicy policy;
  private final ApprovalEscalation escalation;

  RemindApproversDelegate(TaskService tasks, IdentityService identity, PurchaseOrderCommands orders,
      ApprovalPolicy policy, ApprovalEscalation escalation) {
    this.tasks = tasks;
    this.identity = identity;
    this.orders = orders;
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
    List<ApprovalRequested.Recipient> recipients = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Task task : open) {
      if (task.getAssignee() != null) {
        User user = identity.createUserQuery().userId(task.getAssignee()).singleResult();
        if (user != null && user.getEmail() != null) {
          recipients.add(ApprovalEscalation.recipient(user));
        }
      } else {
        List<String> taskGroups = escalation.groupsOf(task.getId());
        groups.addAll(taskGroups);
        recipients.addAll(escalation.recipientsOf(taskGroups));
      }
    }
    PurchaseOrderSnapshot order = orders.get(orderIdOf(execution));
    policy.remind(order.id(), order.displayName(), String.join(", ", groups.stream().distinct().toList()),
        recipients.stream().distinct().toList());
  }
}
