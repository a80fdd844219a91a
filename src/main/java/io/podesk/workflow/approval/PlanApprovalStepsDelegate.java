package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPlan;
import io.podesk.approval.ApprovalPlans;
import io.podesk.approval.ApprovalRoutingFacts;
import io.podesk.shared.PurchaseOrderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Determines the approval route: evaluates the routing table ({@code approval-routing.dmn}, decision
 * {@value ApprovalProcess#ROUTING_DECISION}) on the order's own data ({@link ApprovalRoutingFacts}, never process
 * variables) and stores the result as the order revision's
 * {@link ApprovalPlan}. Rows with the same step number form one step, whose slots run in parallel; a step needs
 * {@code approvalsRequired} of its slots (k of n). A row with approver group {@code none} means no seller approval.
 * Above the buyer's spend limit, the buyer's company approves first (step 0).
 */
@Component("planApprovalStepsDelegate")
class PlanApprovalStepsDelegate implements JavaDelegate {

  private final DecisionService decisions;
  private final ApprovalPlans plans;

  PlanApprovalStepsDelegate(DecisionService decisions, ApprovalPlans plans) {
    this.decisions = decisions;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchaseOrderId order = orderIdOf(execution);
    ApprovalRoutingFacts facts = plans.routingFactsOf(order);
    List<Map<String, Object>> rows = decisions.evaluateDecisionByKey(ApprovalProcess.ROUTING_DECISION)
        .variables(inputsOf(facts)).evaluate().getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("The routing table returned no approval step: its fallback rule is missing");
    }
    List<ApprovalPlan.Step> steps = new ArrayList<>();
    if (facts.buyerApprovalsRequired() > 0) {
      steps.add(ApprovalPlan.Step.buyerCompany(facts.buyerApprovalGroup(), facts.buyerApprovalsRequired()));
    }
    if (rows.stream().noneMatch(row -> NO_APPROVAL.equals(row.get("approverGroup")))) {
      steps.addAll(sellerSteps(rows));
    }
    // a re-approval of a change may start later in the route (reapproval.dmn's fromStep)
    ApprovalPlan plan = new ApprovalPlan(steps.stream().filter(step -> step.number() >= facts.fromStep())
        .toList());
    plans.store(execution.getProcessInstanceId(), order, facts.revision(), plan);
    // for people reading Cockpit; the gateway asks the stored plan
    AUTO_APPROVED.set(execution, !plan.approvalNeeded());
  }

  /** The routing table's inputs; it gets the total as a plain number, the one place money leaves Money. */
  private static VariableMap inputsOf(ApprovalRoutingFacts facts) {
    VariableMap inputs = Variables.createVariables();
    // no rate for the order's currency: no total, and the routing table's fallback rule routes the order
    inputs.putValue("total", facts.totalInBase().map(total -> total.amount().doubleValue()).orElse(null));
    inputs.putValue("customerGroup", facts.customerGroup());
    inputs.putValue("region", facts.region());
    inputs.putValue("customerRisk", facts.customerRisk());
    inputs.putValue("categories", String.join(",", facts.categories()));
    inputs.putValue("priceVariance", facts.priceVariance());
    return inputs;
  }

  private static List<ApprovalPlan.Step> sellerSteps(List<Map<String, Object>> rows) {
    Map<Integer, List<Map<String, Object>>> byStep = new TreeMap<>();
    // two rules naming the same group at the same step (a price variance and the total, say) are one slot
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> row : rows) {
      if (!seen.add(row.get("step") + ":" + row.get("approverGroup"))) {
        continue;
      }
      byStep.computeIfAbsent(((Number) row.get("step")).intValue(), step -> new ArrayList<>()).add(row);
    }
    List<ApprovalPlan.Step> steps = new ArrayList<>();
    byStep.forEach((number, slots) -> {
      int required = slots.stream().mapToInt(slot -> ((Number) slot.get("approvalsRequired")).intValue()).max()
          .orElse(1);
      steps.add(new ApprovalPlan.Step(number,
          slots.size() > 1 ? "parallel" : String.valueOf(slots.get(0).get("mode")),
          Math.max(1, Math.min(required, slots.size())),
          slots.stream().map(slot -> slot.get("sla")).filter(Objects::nonNull).findFirst()
              .map(sla -> Duration.parse(String.valueOf(sla))).orElse(Duration.ofDays(2)),
          slots.stream().map(slot -> new ApprovalPlan.Slot(String.valueOf(slot.get("approverGroup")),
              String.valueOf(slot.get("backupGroup")), ApprovalPlan.Side.SELLER)).toList()));
    });
    return steps;
  }
}
