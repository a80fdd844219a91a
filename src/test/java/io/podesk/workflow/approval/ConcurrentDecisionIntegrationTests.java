package io.podesk.workflow.approval;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ApprovalExpired;
import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.shared.ConflictException;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.workflow.ApprovalTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two things decide one approval at the same moment (two threads released by one latch): exactly one wins, the
 * loser gets a clear conflict, and the order, its process and its record agree on the one outcome.
 */
@IntegrationTest
class ConcurrentDecisionIntegrationTests {

  private static final String APPROVE = "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired ApprovalTasks approvalTasks;
  Api api;
  Jobs jobs;
  ExecutorService threads;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
  }

  @RepeatedTest(5)
  void theSameTaskCompletedTwiceAtOnceCompletesOnceAndTheOtherCallerGets409() throws Exception {
    UUID id = orderWaitingForTheSalesManagers();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();

    List<Api.Response> answers = atOnce(
        () -> api.postJson("salesmanager", "/engine-rest/task/" + taskId + "/complete", APPROVE),
        () -> api.postJson("salesmanager", "/engine-rest/task/" + taskId + "/complete", APPROVE));

    assertThat(answers).extracting(Api.Response::status).containsOnlyOnce(204);
    Api.Response loser = answers.stream().filter(answer -> answer.status() != 204).findFirst().orElseThrow();
    // 409 whether the two overlap or the second starts after the winner committed
    assertThat(loser.status()).as(loser.body()).isEqualTo(409);
    assertThat(loser.json().get("message").asText()).contains("already");
    jobs.runDue(id);
    var order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("approvals")).hasSize(1);
  }

  @Test
  void aTaskCompletedAfterItWasDecidedAnswers409NotAServerError() {
    UUID id = orderWaitingForTheSalesManagers();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
    assertThat(api.postJson("salesmanager", "/engine-rest/task/" + taskId + "/complete", APPROVE).status())
        .isEqualTo(204);

    var again = api.postJson("salesmanager", "/engine-rest/task/" + taskId + "/complete", APPROVE);

    assertThat(again.status()).isIn(404, 409);
  }

  @RepeatedTest(5)
  void anApprovalAndTheExpiryTimerAtOnceEndInOneOutcome() throws Exception {
    UUID id = orderWaitingForTheSalesManagers();
    Job expiry = management.createJobQuery().processInstanceId(jobs.processInstanceOf(id)).timers()
        .activityId(Timer_ApprovalExpired.name()).singleResult();

    var task = approvalTasks.openTaskOf(id, "salesmanager").orElseThrow();
    List<Object> outcomes = atOnce(
        () -> outcomeOf(() -> approvalTasks.decide(id, task, "salesmanager", true, null)),
        () -> outcomeOf(() -> management.executeJob(expiry.getId())));

    jobs.runDue(id);
    var order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    String status = order.get("status").asText();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
    if ("EXPIRED".equals(status)) {
      assertThat(outcomes.get(1)).as("the timer won").isEqualTo("done");
      assertThat(outcomes.get(0)).as("the approver is told").isInstanceOf(ConflictException.class);
      assertThat(order.get("approvals")).isEmpty();
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
    } else {
      assertThat(status).isEqualTo("SENT_TO_ERP");
      assertThat(outcomes.get(0)).as("the approval won").isEqualTo("done");
      // the timer lost: its job is gone with the approval step, or it failed inside the engine (optimistic lock,
      // its execution already gone, even a NullPointerException there) and rolled back; the job is gone either way
      assertThat(outcomes.get(1)).satisfiesAnyOf(o -> assertThat(o).isEqualTo("done"),
          o -> assertThat(o).isInstanceOf(RuntimeException.class));
      assertThat(order.get("approvals")).hasSize(1);
      assertThat(management.createJobQuery().jobId(expiry.getId()).count()).isZero();
    }
    assertThat(order.get("timeline").toString()).satisfiesAnyOf(
        timeline -> assertThat(timeline).doesNotContain("EXPIRED"),
        timeline -> assertThat(timeline).doesNotContain("APPROVED"));
  }

  /** A Northwind order of 1,250: the sales managers' single approval step. */
  private UUID orderWaitingForTheSalesManagers() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 100,
        "12.50"));
    assertThat(created.status()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    return id;
  }

  private static Object outcomeOf(Runnable action) {
    try {
      action.run();
      return "done";
    } catch (RuntimeException e) {
      return e;
    }
  }

  @SafeVarargs
  private <T> List<T> atOnce(Callable<T>... actions) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> action : actions) {
      futures.add(threads.submit(() -> {
        start.await();
        return action.call();
      }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
