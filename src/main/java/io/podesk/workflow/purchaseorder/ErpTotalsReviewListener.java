package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.engine.TaskActors.refused;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.workflow.engine.TaskActors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Finance says how a difference between the ERP's total and ours was resolved; it goes on the record. */
@Component("erpTotalsReviewListener")
class ErpTotalsReviewListener implements TaskListener {

  private final TaskActors actors;
  private final AuditTrail audit;

  ErpTotalsReviewListener(TaskActors actors, AuditTrail audit) {
    this.actors = actors;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    actors.refuseReservedVariables(task);
    String reviewer = actors.actorOf(task);
    if (!actors.isMemberOfAny(reviewer, List.of("finance"))) {
      throw refused("resolution", reviewer + " is not in finance and cannot close this review");
    }
    Object resolution = task.getVariable("resolution");
    if (resolution == null || resolution.toString().isBlank()) {
      throw refused("resolution", "Say how the difference was resolved");
    }
    audit.record(orderIdOf(task), Actor.person(reviewer), AuditType.TASK_COMPLETED,
        "Review ERP totals: " + resolution.toString().strip());
  }
}
