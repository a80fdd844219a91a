package io.podesk.workflow;

import static io.podesk.workflow.approval.ApprovalProcess.APPROVED;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_EXCEEDED;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_HOLD_REASON;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_OVERRIDDEN;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_OVERRIDE;
import static io.podesk.workflow.credit.CreditCheckProcess.CREDIT_REFUSED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.DOCUMENT_ATTACHED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.DOCUMENT_REQUIRED;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.ERP_REFERENCE;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.FULLY_PAID;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.FULLY_SHIPPED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The small recording fakes that stand in for the workflow module's delegates, listeners and expression beans in the
 * process-model path tests. Every delegate or listener the models name records that it was called (bean name and
 * element id) and does what the test set for it with {@link #when}: by default what the happy path needs (no
 * document needed, credit available, everything shipped and paid). The approval plan is a small in-memory plan with
 * the real one's rules: steps one after another, a step done when enough of its slots approved, any rejection ends
 * the chain.
 */
public final class ProcessModelFakes {

  /** One call of a fake: which bean, on which element. */
  public record Call(String bean, String element) {}

  private final Set<String> names;
  private final Map<Object, Object> beans;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Consumer<VariableScope>> behaviour = new HashMap<>();
  private final FakeApprovalPlan plan = new FakeApprovalPlan();

  ProcessModelFakes(Set<String> names, Map<Object, Object> beans) {
    this.names = names;
    this.beans = beans;
  }

  void reset() {
    calls.clear();
    behaviour.clear();
    plan.define(List.of());
    beans.clear();
    for (String name : names) {
      beans.put(name, new Recording(name));
    }
    beans.put("approvalPlan", plan);
    beans.put("documentPeriods", new FakeDocumentPeriods());
    when("checkDocumentDelegate", scope -> {
      DOCUMENT_REQUIRED.set(scope, false);
      DOCUMENT_ATTACHED.set(scope, true);
    });
    when("remindBuyerToUploadDelegate", scope -> DOCUMENT_ATTACHED.set(scope, false));
    when("checkCreditDelegate", scope -> {
      CREDIT_EXCEEDED.set(scope, false);
      CREDIT_REFUSED.set(scope, false);
    });
    when("creditHoldDecisionListener", scope -> {
      DelegateExecution check = ((DelegateTask) scope).getExecution().getProcessInstance();
      boolean overridden = CREDIT_OVERRIDE.require(scope);
      CREDIT_REFUSED.set(check, !overridden);
      CREDIT_OVERRIDDEN.set(check, overridden);
      CREDIT_HOLD_REASON.set(check, "decided in the test");
    });
    when("approvalDecisionListener", scope -> plan.decide(APPROVED.require(scope)));
    when("pushOrderToErpDelegate", scope -> ERP_REFERENCE.set(scope, "ERP-FAKE"));
    when("checkShipmentsDelegate", scope -> FULLY_SHIPPED.set(scope, true));
    when("checkPaymentDelegate", scope -> FULLY_PAID.set(scope, true));
  }

  /** What the named delegate or listener does when called, instead of its default. */
  public ProcessModelFakes when(String bean, Consumer<VariableScope> action) {
    if (!names.contains(bean)) {
      throw new IllegalArgumentException("The models name no bean " + bean + "; they name " + names);
    }
    behaviour.put(bean, action);
    return this;
  }

  /** The approval plan: per step, how many slots it has and how many of them must approve. */
  public void plan(List<int[]> slotsAndApprovalsPerStep) {
    plan.define(slotsAndApprovalsPerStep);
  }

  /** The beans called, in order. */
  public List<String> called() {
    return calls.stream().map(Call::bean).toList();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Each step's task count as the chain created them. */
  public List<Integer> tasksPerStep() {
    return plan.tasksPerStep();
  }

  /** A delegate, execution listener and task listener at once: records its call and does its behaviour. */
  final class Recording implements JavaDelegate, ExecutionListener, TaskListener {

    private final String name;

    Recording(String name) {
      this.name = name;
    }

    @Override
    public void execute(DelegateExecution execution) {
      record(execution.getCurrentActivityId(), execution);
    }

    @Override
    public void notify(DelegateExecution execution) {
      record(execution.getCurrentActivityId(), execution);
    }

    @Override
    public void notify(DelegateTask task) {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && "approvalTaskCreatedListener".equals(name)) {
        plan.taskCreated();
      }
      record(task.getTaskDefinitionKey(), task);
    }

    private void record(String element, VariableScope scope) {
      calls.add(new Call(name, element));
      behaviour.getOrDefault(name, ignored -> {}).accept(scope);
    }
  }

  /** {@code approvalPlan}: the expressions of the models, over an in-memory plan. */
  /** A company's periods for a missing signed PDF: the defaults, 2 days to the reminder and 7 to the cancel. */
  public static final class FakeDocumentPeriods {

    public String reminderAfter(DelegateExecution execution) {
      return "P2D";
    }

    public String cancelAfter(DelegateExecution execution) {
      return "P7D";
    }
  }

  public static final class FakeApprovalPlan {

    private List<int[]> steps = List.of();
    private final List<Integer> approvals = new ArrayList<>();
    private final List<Integer> tasks = new ArrayList<>();
    private boolean rejected;
    private int running = -1;

    void define(List<int[]> slotsAndApprovals) {
      steps = List.copyOf(slotsAndApprovals);
      approvals.clear();
      approvals.addAll(Collections.nCopies(steps.size(), 0));
      tasks.clear();
      tasks.addAll(Collections.nCopies(steps.size(), 0));
      rejected = false;
      running = -1;
    }

    void decide(boolean approved) {
      if (approved) {
        approvals.set(running, approvals.get(running) + 1);
      } else {
        rejected = true;
      }
    }

    void taskCreated() {
      tasks.set(running, tasks.get(running) + 1);
    }

    List<Integer> tasksPerStep() {
      return List.copyOf(tasks);
    }

    public boolean noApprovalNeeded(DelegateExecution execution) {
      return steps.isEmpty();
    }

    public List<Integer> steps(DelegateExecution execution) {
      return IntStream.range(0, steps.size()).boxed().toList();
    }

    public List<Integer> slotsOfCurrentStep(DelegateExecution execution) {
      running = IntStream.range(0, steps.size()).filter(step -> approvals.get(step) < steps.get(step)[1])
          .findFirst().orElseThrow(() -> new IllegalStateException("no step left to run"));
      return IntStream.range(0, steps.get(running)[0]).boxed().toList();
    }

    public String slaOfCurrentStep(DelegateExecution execution) {
      return "P2D";
    }

    public boolean currentStepDecided(DelegateExecution execution) {
      return rejected || approvals.get(running) >= steps.get(running)[1];
    }

    public boolean rejected(DelegateExecution execution) {
      return rejected;
    }
  }
}
