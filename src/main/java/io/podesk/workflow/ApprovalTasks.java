package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.shared.ConflictException;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * An order's open approval step, for callers outside the engine (mail links): whether a user may decide it, and
 * the decision itself, completed as that user so that the same rules apply as in Tasklist (see
 * {@link ApprovalDecisionListener}: reason, four-eyes, authority).
 */
@Component
public class ApprovalTasks {

  /** Where a user stands with an order's approval. */
  public enum Standing {
    /** A step is open and the user may decide it. */
    OPEN,
    /** A step is open, but for other groups. */
    NOT_FOR_THIS_USER,
    /** No step is open: decided (by someone), withdrawn or expired. */
    NONE_OPEN
  }

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

  public Standing standingOf(UUID purchaseOrderId, String userId) {
    List<Task> open = openTasks(purchaseOrderId);
    if (open.isEmpty()) {
      return Standing.NONE_OPEN;
    }
    return taskFor(open, userId).isPresent() ? Standing.OPEN : Standing.NOT_FOR_THIS_USER;
  }

  /**
   * Decides the order's open approval step as the user.
   *
   * @throws ConflictException no step is open any more (someone else decided it first)
   * @throws ForbiddenException the open step is for groups the user is not in
   * @throws InvalidInputException the approval rules refused the decision; the message says why
   */
  public void decide(UUID purchaseOrderId, String userId, boolean approved, String reason) {
    List<Task> open = openTasks(purchaseOrderId);
    if (open.isEmpty()) {
      throw alreadyDecided();
    }
    Task task = taskFor(open, userId).orElseThrow(() -> new ForbiddenException(
        "The open approval step of this order is for " + escalation.groupsOf(open.get(0).getId())
            + "; " + userId + " is not in those groups"));
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
        boolean concurrent = e instanceof org.camunda.bpm.engine.OptimisticLockingException
            || e instanceof org.camunda.bpm.engine.ProcessEnginePersistenceException;
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

  private List<Task> openTasks(UUID purchaseOrderId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(purchaseOrderId.toString())
        .taskDefinitionKey(TASK_APPROVE).active().list();
  }

  private Optional<Task> taskFor(List<Task> open, String userId) {
    return open.stream()
        .filter(task -> userId.equals(task.getAssignee())
            || actors.isMemberOfAny(userId, escalation.groupsOf(task.getId())))
        .findFirst();
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
