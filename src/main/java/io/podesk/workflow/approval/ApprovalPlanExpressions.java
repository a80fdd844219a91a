package io.podesk.workflow.approval;

import io.podesk.approval.ApprovalPlans;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN asks about an order's approval plan ({@code ${approvalPlan...}} in purchase-order.bpmn and
 * approval.bpmn): which steps and slots to run, whether a step is done, whether anyone rejected. Every answer
 * comes from the plan the server stored and the decisions it recorded ({@link ApprovalPlans}); the plan is found
 * by the process instance that planned it, engine data no client writes.
 */
@Component("approvalPlan")
public class ApprovalPlanExpressions {

  private final ApprovalPlans plans;

  ApprovalPlanExpressions(ApprovalPlans plans) {
    this.plans = plans;
  }

  /** The plan's id: the order's process instance, which is the approval chain's caller. */
  static String planIdOf(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    DelegateExecution caller = instance.getSuperExecution();
    return caller != null ? caller.getProcessInstanceId() : instance.getId();
  }

  public boolean noApprovalNeeded(DelegateExecution execution) {
    return plans.planOf(planIdOf(execution)).map(plan -> !plan.approvalNeeded())
        .orElseThrow(() -> new IllegalStateException("The order has no approval plan: route it first"));
  }

  public List<Integer> steps(DelegateExecution execution) {
    return plans.stepIndexes(planIdOf(execution));
  }

  public List<Integer> slotsOfCurrentStep(DelegateExecution execution) {
    return plans.slotsOfCurrentStep(planIdOf(execution));
  }

  public String slaOfCurrentStep(DelegateExecution execution) {
    return plans.slaOfCurrentStep(planIdOf(execution)).toString();
  }

  public boolean currentStepDecided(DelegateExecution execution) {
    return plans.currentStepDecided(planIdOf(execution));
  }

  public boolean rejected(DelegateExecution execution) {
    return plans.rejected(planIdOf(execution));
  }
}
