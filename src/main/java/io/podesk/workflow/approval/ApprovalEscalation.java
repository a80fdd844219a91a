package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.approval.ApprovalRequested;
import io.podesk.orders.PurchaseOrderSnapshot;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Hands approval tasks to a backup group: adds it as a candidate, records why, and tells its members. */
@Component
public class ApprovalEscalation {

  private final TaskService tasks;
  private final IdentityService identity;
  private final ProcessEngineConfiguration configuration;
  private final ApprovalPolicy policy;

  ApprovalEscalation(TaskService tasks, IdentityService identity, ProcessEngineConfiguration configuration,
      ApprovalPolicy policy) {
    this.tasks = tasks;
    this.identity = identity;
    this.configuration = configuration;
    this.policy = policy;
  }

  /**
   * Escalates in the caller's transaction (a timer's job). A task already open to its backup group is left
   * alone: nothing is added, audited or mailed twice.
   */
  void escalate(String taskId, PurchaseOrderSnapshot order, String fromGroup, String backupGroup, String why) {
    if (groupsOf(taskId).contains(backupGroup)) {
      return;
    }
    tasks.addCandidateGroup(taskId, backupGroup);
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDescription("Escalated from " + fromGroup + " to " + backupGroup + ": " + why);
    tasks.saveTask(task);
    policy.escalated(order.id(), order.displayName(), fromGroup, backupGroup, why,
        recipientsOf(List.of(backupGroup)));
  }

  /**
   * Escalates in a transaction of its own, committed even though the caller's (a refused completion) is rolled
   * back.
   */
  void escalateNow(String taskId, PurchaseOrderSnapshot order, String fromGroup, String backupGroup, String why) {
    ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequiresNew()
        .execute(commandContext -> {
          escalate(taskId, order, fromGroup, backupGroup, why);
          return null;
        });
  }

  /** The members of the given groups who have a mail address: each gets a link of their own. */
  List<ApprovalRequested.Recipient> recipientsOf(Collection<String> groups) {
    return groups.stream()
        .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
        .filter(user -> user.getEmail() != null)
        .map(ApprovalEscalation::recipient)
        .distinct()
        .toList();
  }

  static ApprovalRequested.Recipient recipient(User user) {
    return new ApprovalRequested.Recipient(user.getId(),
        Objects.toString(user.getFirstName(), user.getId()), user.getEmail());
  }

  /** Candidate groups of a task. */
  public List<String> groupsOf(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .toList();
  }
}
