package io.podesk.workflow.engine;

import java.util.Collection;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/** Who acts on a task, and who may: the same answers for every listener and API that touches tasks. */
@Component
public class TaskActors {

  private final IdentityService identity;
  private final BeanFactory beans;

  TaskActors(IdentityService identity, BeanFactory beans) {
    this.identity = identity;
    this.beans = beans;
  }

  /**
   * Refuses a completion that brought a variable named like one of PO Desk's beans: the models' expressions name
   * those beans ({@code ${approvalPlan.rejected(execution)}}), and the engine resolves a variable before a bean of
   * the same name, so such a variable would take the bean's place in every later decision of the process.
   */
  public void refuseReservedVariables(DelegateTask task) {
    for (String name : task.getVariableNames()) {
      if (beans.containsBean(name)) {
        throw refused(name, "'" + name + "' is reserved for PO Desk's process logic and cannot be set as a "
            + "variable; nothing was changed");
      }
    }
  }

  /** The authenticated user completing the task, else its assignee; nobody is refused. */
  public String actorOf(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw refused("assignee", "Claim the task or authenticate before completing it");
  }

  /** Whether the user belongs to one of the groups. */
  public boolean isMemberOfAny(String userId, Collection<String> groups) {
    return groups.stream().filter(Objects::nonNull)
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }

  /** Whether the user belongs to one of the task's candidate groups. */
  public boolean isCandidate(DelegateTask task, String userId) {
    return isMemberOfAny(userId, task.getCandidates().stream().map(IdentityLink::getGroupId).toList());
  }

  /** A refusal the REST API answers with 400 (see EngineRestRefusals) and Tasklist shows at the form. */
  public static FormFieldValidationException refused(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}
