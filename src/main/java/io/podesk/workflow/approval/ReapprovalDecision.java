package io.podesk.workflow.approval;

import io.podesk.orders.ReapprovalPolicy;
import io.podesk.orders.RevisionChange;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The re-approval table ({@code processes/reapproval.dmn}, decision {@value ApprovalProcess#REAPPROVAL_DECISION}):
 * whether a change to an order the ERP already has is approved again, and from which routing step. Analysts change
 * the rules in the table.
 */
@Component
class ReapprovalDecision implements ReapprovalPolicy {

  private final DecisionService decisions;

  ReapprovalDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Reapproval decide(RevisionChange change) {
    Map<String, Object> result = decisions.evaluateDecisionByKey(ApprovalProcess.REAPPROVAL_DECISION)
        .variables(Variables.createVariables()
            .putValue("totalDelta", change.totalDelta().amount().doubleValue())
            .putValue("linesChanged", change.linesChanged())
            .putValue("shipToChanged", change.shipToChanged())
            .putValue("documentReplaced", change.documentReplaced()))
        .evaluate().getSingleResult();
    if (result == null) {
      // a table without a matching rule: the safe answer is to approve again, from the start
      return Reapproval.full("the re-approval table has no rule for this change");
    }
    boolean needed = Boolean.TRUE.equals(result.get("reapproval"));
    Object fromStep = result.get("fromStep");
    return new Reapproval(needed, fromStep instanceof Number number ? number.intValue() : 0,
        String.valueOf(result.getOrDefault("reason", needed ? "a material change" : "no material change")));
  }
}
