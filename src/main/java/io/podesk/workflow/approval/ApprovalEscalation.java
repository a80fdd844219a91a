package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.shared.PurchaseOrderId;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Hands approval tasks to a backup group: adds it as a candidate, records why, and tells its members. */
@Component
public class ApprovalEscalation {

  private final TaskService tasks;
  private final ProcessEngineConfiguration configuration;
  private final ApprovalPolicy policy;

  ApprovalEscalation(TaskService tasks, ProcessEngineConfiguration configuration, ApprovalPolicy policy) {
    this.tasks = tasks;
    this.configuration = configuration;
    this.policy = policy;
  }

  /**
   * Escalates in the caller's transaction (a timer's job). A task already open to its backup group is left
   * alone: nothing is added, audited or mailed twice.
   */
  void escalate(String taskId, PurchaseOrderId order, String fromGroup, String backupGroup, String why) {
    if (groupsOf(taskId).contains(backupGroup)) {
      return;
    }
    tasks.addCandidateGroup(taskId, backupGroup);
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDescription("Escalated from " + fromGroup + " to " + backupGroup + ": " + why);
    tasks.saveTask(task);
    policy.escalated(order, fromGroup, backupGroup, why);
  }

  /**
   * Escalates in a transaction of its own, committed even though the caller's (a refused completion) is rolled
   * back.
   */
  void escalateNow(String taskId, PurchaseOrderId order, String fromGroup, String backupGroup, String why) {
    ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequiresNew()
        .execute(commandContext -> {
          escalate(taskId, order, fromGroup, backupGroup, why);
          return null;
        });
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
