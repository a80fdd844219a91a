package io.podesk.workflow.credit;

import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_EXCEEDED;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_OVERRIDE;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_REFUSED;
import static io.podesk.workflow.credit.CreditCheckProcess.Element.Task_ResolveCreditHold;
import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.workflow.ProcessModelEngine;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paths of processes/credit-check.bpmn on a bare engine with fakes for its delegate and listener: credit available
 * ends at once; over the limit, credit control's task decides between override and refusal, which goes back to the
 * purchase-order process as {@code creditRefused}.
 */
class CreditCheckProcessModelPathTests {

  ProcessModelEngine models;
  String order;

  @BeforeEach
  void setUp() {
    models = ProcessModelEngine.fresh();
    order = UUID.randomUUID().toString();
  }

  @Test
  void creditAvailableEndsAtOnceWithoutATask() {
    ProcessInstance check = start();

    assertThat(models.ended(check)).isTrue();
    assertThat(models.fakes().called()).containsExactly("checkCreditDelegate");
    assertThat(models.passed(order)).doesNotContain(Task_ResolveCreditHold.name());
    assertThat(models.variable(check, CREDIT_REFUSED.name())).isEqualTo(false);
  }

  @Test
  void overTheLimitCreditControlOverridesAndTheOrderGoesOn() {
    overTheLimit();
    ProcessInstance check = start();

    Task hold = waitingHold();
    models.engine().getTaskService().complete(hold.getId(), Map.of(CREDIT_OVERRIDE.name(), true));

    assertThat(models.ended(check)).isTrue();
    assertThat(models.passed(order)).contains(Task_ResolveCreditHold.name());
    assertThat(models.fakes().called()).containsSubsequence("checkCreditDelegate", "creditHoldDecisionListener");
    assertThat(models.variable(check, CREDIT_REFUSED.name())).isEqualTo(false);
  }

  @Test
  void overTheLimitCreditControlRefusesAndTheOrderIsRefused() {
    overTheLimit();
    ProcessInstance check = start();

    models.engine().getTaskService().complete(waitingHold().getId(), Map.of(CREDIT_OVERRIDE.name(), false));

    assertThat(models.ended(check)).isTrue();
    assertThat(models.variable(check, CREDIT_REFUSED.name())).isEqualTo(true);
  }

  private void overTheLimit() {
    models.fakes().when("checkCreditDelegate", scope -> {
      CREDIT_EXCEEDED.set(scope, true);
      CREDIT_REFUSED.set(scope, false);
    });
  }

  private Task waitingHold() {
    assertThat(models.tasks(order)).singleElement().satisfies(task -> {
      assertThat(task.getTaskDefinitionKey()).isEqualTo(Task_ResolveCreditHold.name());
      assertThat(models.engine().getTaskService().getIdentityLinksForTask(task.getId()))
          .extracting(link -> link.getGroupId()).containsExactly("creditcontrol");
    });
    return models.tasks(order).get(0);
  }

  private ProcessInstance start() {
    ProcessInstance instance = models.engine().getRuntimeService()
        .startProcessInstanceByKey(CreditCheckProcess.KEY, order);
    models.runJobs(order);
    return instance;
  }
}
