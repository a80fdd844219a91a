package io.podesk.workflow;

import static io.podesk.workflow.approval.ApprovalProcess.*;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.shared.ConflictException;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.workflow.approval.ApprovalEscalation;
import io.podesk.workflow.engine.TaskActors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The approval task a mail link is bound to, for callers outside the engine: whether the link's recipient may
 * still decide it, and the decision itself, completed as that user so that the same rules apply as in Tasklist
 * (see {@link ApprovalDecisionListener}: reason, four-eyes, authority). A link acts on its own task only, never on
 * another open task of the order.
 */
@Component
public class ApprovalTasks {

  /** Where a user stands with the task of their link. */
  public enum Standing {
    /** The task is open and the user may decide it. */
    OPEN,
    /** The task is open, but for groups the user is not in. */
    NOT_FOR_THIS_USER,
    /** The task was handed to someone else (claimed, reassigned or delegated) since the link was mailed. */
    HANDED_ON,
    /** The task is no longer open: decided (by someone), withdrawn or expired. */
    NONE_OPEN
  }

  /** The task a link is bound to, and who held it when the link was mailed (null: nobody). */
  public record LinkedTask(String taskId, String assigneeWhenSent) {}

  private final TaskService tasks;
  private final IdentityService identity;
  private final TaskActors actors;
  private final ApprovalEscalation escalation;

  ApprovalTasks(TaskService tasks, IdentityService identity, TaskActors actors, ApprovalEscalation escalation) {
    this.tasks = tasks;
    this.identity = identity;
    this.actors = actors;
    this.escalation = escalation;
  }

  /**
   * The order's open approval task that the user may decide now, for a link mailed to them: the one they hold,
   * else one of their groups'.
   */
  public Optional<LinkedTask> openTaskOf(UUID purchaseOrderId, String userId) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(purchaseOrderId.toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).active().list();
    return open.stream().filter(task -> userId.equals(task.getAssignee())).findFirst()
        .or(() -> open.stream().filter(task -> mayDecide(task, userId)).findFirst())
        .map(task -> new LinkedTask(task.getId(), task.getAssignee()));
  }

  public Standing standingOf(UUID purchaseOrderId, LinkedTask linked, String userId) {
    return openTask(purchaseOrderId, linked.taskId()).map(task -> standingOf(task, linked, userId))
        .orElse(Standing.NONE_OPEN);
  }

  private Standing standingOf(Task task, LinkedTask linked, String userId) {
    String holder = task.getAssignee();
    if (holder != null && !holder.equals(userId) && !holder.equals(linked.assigneeWhenSent())) {
      return Standing.HANDED_ON;
    }
    return mayDecide(task, userId) ? Standing.OPEN : Standing.NOT_FOR_THIS_USER;
  }

  /**
   * Decides the link's task as the user.
   *
   * @throws ConflictException the task is no longer open (someone decided it first), or was handed on
   * @throws ForbiddenException the task is for groups the user is not in
   * @throws InvalidInputException the approval rules refused the decision; the message says why
   */
  public void decide(UUID purchaseOrderId, LinkedTask linked, String userId, boolean approved, String reason) {
    Task task = openTask(purchaseOrderId, linked.taskId()).orElseThrow(ApprovalTasks::alreadyDecided);
    switch (standingOf(task, linked, userId)) {
      case HANDED_ON -> throw new ConflictException("This approval task was handed to someone else");
      case NOT_FOR_THIS_USER -> throw new ForbiddenException("This approval task is for "
          + escalation.groupsOf(task.getId()) + "; " + userId + " is not in those groups");
      default -> { }
    }
    VariableMap decision = APPROVED.putIn(Variables.createVariables(), approved);
    if (!approved) {
      REJECTION_REASON.putIn(decision, reason);
    }
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      completeOnce(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * A timer (expiry) or another approver that ends the step meanwhile makes the engine fail in odd places:
   * variables, candidate groups or the whole execution tree gone under the listener (even a NullPointerException
   * inside the engine), or the database refusing our writes while the other transaction still runs. A task that
   * no longer exists is a conflict; one that still exists after a failure of the database is tried again, briefly,
   * so that the race ends in one outcome: ours, or "already decided".
   */
  private void completeOnce(String taskId, VariableMap decision) {
    for (int attempt = 1; ; attempt++) {
      try {
        tasks.complete(taskId, decision);
        return;
      } catch (RuntimeException e) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
          throw alreadyDecided();
        }
        boolean concurrent = e instanceof OptimisticLockingException
            || e instanceof ProcessEnginePersistenceException;
        if (!concurrent || attempt == 3) {
          throw e instanceof ProcessEngineException engine ? translated(engine) : e;
        }
        pause(200L * attempt);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while deciding", interrupted);
    }
  }

  /** The task, if it is still an open approval task of this order. */
  private Optional<Task> openTask(UUID purchaseOrderId, String taskId) {
    return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId)
        .processInstanceBusinessKey(purchaseOrderId.toString()).taskDefinitionKey(Task_ApprovePurchaseOrder.name())
        .active().singleResult());
  }

  private boolean mayDecide(Task task, String userId) {
    return userId.equals(task.getAssignee()) || actors.isMemberOfAny(userId, escalation.groupsOf(task.getId()));
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** The engine wraps what a task listener throws: find our refusal, or a task gone meanwhile. */
  private static RuntimeException translated(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return new InvalidInputException("decision", refusal.getMessage());
      }
      if (cause instanceof NullValueException || cause instanceof OptimisticLockingException
          || cause instanceof ConflictException) {
        return alreadyDecided();
      }
    }
    return e;
  }

  private static ConflictException alreadyDecided() {
    return new ConflictException("This approval step was already decided, or the order no longer waits for it");
  }
}
