package io.podesk.workflow.approval;

import io.podesk.shared.PersonDeactivated;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deactivated person's open tasks go back to their candidate groups (a company's approvals to its other approvers),
 * unclaimed: the person has left those groups with their login, so the others see and take them.
 */
@Component
class DeactivatedApprovers {

  private static final Logger log = LoggerFactory.getLogger(DeactivatedApprovers.class);

  private final TaskService tasks;

  DeactivatedApprovers(TaskService tasks) {
    this.tasks = tasks;
  }

  @ApplicationModuleListener
  void on(PersonDeactivated event) {
    for (Task task : tasks.createTaskQuery().taskAssignee(event.userId()).list()) {
      tasks.setAssignee(task.getId(), null);
      log.info("Task {} of deactivated {} is back with its groups", task.getId(), event.userId());
    }
  }
}
