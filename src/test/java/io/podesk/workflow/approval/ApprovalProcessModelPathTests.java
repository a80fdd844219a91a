package io.podesk.workflow.approval;

import static io.podesk.workflow.approval.ApprovalProcess.APPROVED;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Timer_ApprovalEscalation;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Timer_ApprovalReminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.podesk.workflow.ProcessModelEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paths of processes/approval.bpmn on a bare engine with fakes for its listeners, delegates and the approval plan:
 * steps run one after another with a task per slot, k of n approvals finish a step, a rejection ends the chain, and
 * an undecided task is reminded daily and escalated once its SLA has passed, staying open.
 */
class ApprovalProcessModelPathTests {

  ProcessModelEngine models;
  String order;

  @BeforeEach
  void setUp() {
    models = ProcessModelEngine.fresh();
    order = UUID.randomUUID().toString();
  }

  @Test
  void stepsRunOneAfterAnotherEachWithATaskPerSlot() {
    models.fakes().plan(List.of(new int[] {1, 1}, new int[] {2, 2}));
    ProcessInstance chain = start();

    assertThat(openApprovals()).hasSize(1);
    decide(openApprovals().get(0), true);
    assertThat(openApprovals()).as("the second step's two slots").hasSize(2);
    decide(openApprovals().get(0), true);
    assertThat(openApprovals()).as("two of two needed").hasSize(1);
    decide(openApprovals().get(0), true);

    assertThat(models.ended(chain)).isTrue();
    assertThat(models.fakes().tasksPerStep()).containsExactly(1, 2);
    assertThat(models.fakes().called()).filteredOn("approvalDecisionListener"::equals).hasSize(3);
  }

  @Test
  void oneOfTwoSlotsIsEnoughWhereTheStepAsksForOne() {
    models.fakes().plan(List.of(new int[] {2, 1}));
    ProcessInstance chain = start();

    decide(openApprovals().get(0), true);

    assertThat(models.ended(chain)).as("the other slot's task is withdrawn").isTrue();
    assertThat(models.tasks(order)).isEmpty();
  }

  @Test
  void aRejectionEndsTheChainBeforeTheNextStep() {
    models.fakes().plan(List.of(new int[] {2, 2}, new int[] {1, 1}));
    ProcessInstance chain = start();

    decide(openApprovals().get(0), false);

    assertThat(models.ended(chain)).isTrue();
    assertThat(models.tasks(order)).isEmpty();
    assertThat(models.fakes().tasksPerStep()).as("no task of the second step").containsExactly(2, 0);
  }

  @Test
  void anUndecidedTaskIsRemindedDailyAndStaysOpen() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    start();
    Task task = openApprovals().get(0);

    models.fireTimer(order, Timer_ApprovalReminder);

    assertThat(models.fakes().called()).containsOnlyOnce("remindApproversDelegate");
    assertThat(openApprovals()).extracting(Task::getId).containsExactly(task.getId());
    assertThat(models.timerAt(order, Timer_ApprovalReminder)).as("the next day's reminder").isNotNull();
  }

  @Test
  void theSlaPassedEscalatesOnceAndTheTaskStaysOpen() {
    models.fakes().plan(List.of(new int[] {1, 1}));
    start();
    Task task = openApprovals().get(0);
    Instant due = models.timerAt(order, Timer_ApprovalEscalation).getDuedate().toInstant();
    assertThat(Duration.between(Instant.now(), due).toHours()).as("the plan's SLA, P2D").isCloseTo(48, within(1L));

    models.fireTimer(order, Timer_ApprovalEscalation);

    assertThat(models.fakes().called()).containsOnlyOnce("escalateApprovalDelegate");
    assertThat(openApprovals()).extracting(Task::getId).containsExactly(task.getId());
  }

  private List<Task> openApprovals() {
    List<Task> tasks = models.tasks(order);
    assertThat(tasks).allSatisfy(task -> assertThat(task.getTaskDefinitionKey())
        .isEqualTo(Task_ApprovePurchaseOrder.name()));
    return tasks;
  }

  private void decide(Task task, boolean approved) {
    models.engine().getTaskService().complete(task.getId(), Map.of(APPROVED.name(), approved));
    models.runJobs(order);
  }

  private ProcessInstance start() {
    ProcessInstance instance = models.engine().getRuntimeService().startProcessInstanceByKey(ApprovalProcess.KEY,
        order);
    models.runJobs(order);
    return instance;
  }
}
