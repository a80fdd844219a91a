package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of the routing table (one approver slot each) into the ordered approval steps the approval
 * chain runs: rows with the same step number form one step, whose slots run in parallel; a step needs
 * {@code approvalsRequired} of its slots (k of n). A row with approver group {@code none} means no approval.
 */
@Component("planApprovalStepsDelegate")
class PlanApprovalStepsDelegate implements JavaDelegate {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) throws Exception {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(APPROVAL_ROUTE);
    execution.removeVariable(APPROVAL_ROUTE);
    if (rows.isEmpty()) {
      throw new IllegalStateException("The routing table returned no approval step: its fallback rule is missing");
    }
    boolean sellerAuto = rows.stream().anyMatch(row -> NO_APPROVAL.equals(row.get("approverGroup")));
    List<Map<String, Object>> steps = new ArrayList<>();
    int buyerApprovals = BUYER_APPROVALS_REQUIRED.get(execution) == null ? 0 : BUYER_APPROVALS_REQUIRED.get(execution);
    if (buyerApprovals > 0) {
      steps.add(buyerStep(BUYER_APPROVAL_GROUP.require(execution), buyerApprovals));
    }
    if (!sellerAuto) {
      steps.addAll(steps(rows));
    }
    AUTO_APPROVED.set(execution, steps.isEmpty());
    execution.setVariable(APPROVAL_STEPS, SpinValues.jsonValue(json.writeValueAsString(steps)).create());
    REJECTED.set(execution, false);
  }

  /** The buyer's company approves first: k of its approvers, one slot each (four-eyes keeps them distinct). */
  private static Map<String, Object> buyerStep(String group, int required) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("step", 0);
    step.put("mode", required > 1 ? "parallel" : "sequential");
    step.put("required", required);
    step.put("sla", "P2D");
    step.put("slots", java.util.Collections.nCopies(required,
        Map.of("group", group, "backupGroup", group, "side", "buyer")));
    return step;
  }

  private static List<Map<String, Object>> steps(List<Map<String, Object>> rows) {
    Map<Integer, List<Map<String, Object>>> byStep = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      byStep.computeIfAbsent(((Number) row.get("step")).intValue(), step -> new ArrayList<>()).add(row);
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    byStep.forEach((number, slots) -> {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("step", number);
      step.put("mode", slots.size() > 1 ? "parallel" : String.valueOf(slots.get(0).get("mode")));
      int required = slots.stream().mapToInt(slot -> ((Number) slot.get("approvalsRequired")).intValue()).max()
          .orElse(1);
      step.put("required", Math.max(1, Math.min(required, slots.size())));
      step.put("sla", slots.stream().map(slot -> String.valueOf(slot.get("sla"))).findFirst().orElse("P2D"));
      step.put("slots", slots.stream().map(slot -> Map.of(
          "group", String.valueOf(slot.get("approverGroup")),
          "backupGroup", String.valueOf(slot.get("backupGroup")),
          "side", "seller")).toList());
      steps.add(step);
    });
    return steps;
  }
}
