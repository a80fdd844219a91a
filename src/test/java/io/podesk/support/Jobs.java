package io.podesk.support;

import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Drives an order's process as the job executor would, without waiting: due jobs run, timers only on request. */
public class Jobs {

  private final ManagementService management;
  private final RuntimeService runtime;

  public Jobs(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  /** The order's purchase-order process (not its approval chain, which shares the business key). */
  public String processInstanceOf(UUID purchaseOrderId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PurchaseOrderProcess.KEY)
        .processInstanceBusinessKey(purchaseOrderId.toString()).singleResult();
    return instance == null ? null : instance.getId();
  }

  /** Runs every due, non-timer job of the order's process until none is left. */
  public void runDue(UUID purchaseOrderId) {
    for (int round = 0; round < 50; round++) {
      String instance = processInstanceOf(purchaseOrderId);
      if (instance == null) {
        return;
      }
      List<Job> due = management.createJobQuery().processInstanceId(instance)
          .messages().withRetriesLeft().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs of " + purchaseOrderId + " keep coming");
  }

  /** Fires the timer waiting at the given activity (e.g. Timer_DocumentReminder) as if it were due now. */
  public void fireTimer(UUID purchaseOrderId, String activityId) {
    fireTimerOfOrder(purchaseOrderId, activityId);
  }

  /** Fires a timer of the order's process, then runs what it made due. */
  public void fireTimerOfOrder(UUID purchaseOrderId, String activityId) {
    fireTimer(processInstanceOf(purchaseOrderId), activityId);
    runDue(purchaseOrderId);
  }

  /** Fires a timer of the given process instance (e.g. an order's approval chain) and its follow-up jobs. */
  public void fireTimer(String processInstanceId, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
    if (timer == null) {
      throw new AssertionError("No timer waiting at " + activityId);
    }
    management.executeJob(timer.getId());
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).messages().withRetriesLeft()
          .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
