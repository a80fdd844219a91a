package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.BoundSlot;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.engine.TaskActors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands an approval task to a colleague: the colleague becomes the assignee, the one who handed it over its
 * owner, so the decision's record names both. Only someone who may decide the task can hand it on, and only to
 * someone who may decide it too.
 */
@Service
class TaskDelegation {

  private final TaskService tasks;
  private final TaskActors actors;
  private final ApprovalEscalation escalation;
  private final ApprovalPolicy policy;
  private final ApprovalPlans plans;

  TaskDelegation(TaskService tasks, TaskActors actors, ApprovalEscalation escalation, ApprovalPolicy policy,
      ApprovalPlans plans) {
    this.plans = plans;
    this.tasks = tasks;
    this.actors = actors;
    this.escalation = escalation;
    this.policy = policy;
  }

  @Transactional
  public void delegate(String taskId, String from, String to, String why) {
    Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(Task_ApprovePurchaseOrder.name())
        .singleResult();
    if (task == null || !(from.equals(task.getAssignee()) || task.getAssignee() == null && mayDecide(task, from))) {
      throw new NotFoundException("No approval task " + taskId + " of yours");
    }
    handOver(task, from, to, why);
  }

  /** Hands the task on; the caller has checked that {@code from} holds it. */
  void handOver(Task task, String from, String to, String why) {
    PurchaseOrderId purchaseOrderId = plans.slotOf(task.getId()).map(BoundSlot::purchaseOrderId)
        .map(PurchaseOrderId::of)
        .orElseThrow(() -> new NotFoundException("Task " + task.getId() + " is not a step of an approval plan"));
    if (to == null || to.equals(from) || !mayDecide(task, to)) {
      throw new InvalidInputException("to", "hand the task to a colleague in one of its groups "
          + escalation.groupsOf(task.getId()));
    }
    if (!policy.mayDecide(purchaseOrderId, to)) {
      throw new InvalidInputException("to", "nobody decides on their own purchase order");
    }
    tasks.setOwner(task.getId(), from);
    tasks.setAssignee(task.getId(), to);
    policy.delegated(purchaseOrderId, from, to, why);
  }

  private boolean mayDecide(Task task, String userId) {
    return actors.isMemberOfAny(userId, escalation.groupsOf(task.getId()));
  }
}
