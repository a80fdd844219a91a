package io.podesk.approval;

import io.podesk.shared.ConflictException;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored approval plans and where each stands. The process drives the steps, but every answer it needs
 * (which steps, which slots, is the step done, was anything rejected, is the whole plan approved) comes from
 * here: from the plan as the server stored it and the decisions the {@link ApprovalPolicy} recorded, never from a
 * process variable.
 */
@Service
public class ApprovalPlans {

  private final StoredPlans plans;
  private final StoredSlots slots;
  private final ApprovalRecords records;
  private final Clock clock;
  private final ApprovalSubjects subjects;

  ApprovalPlans(StoredPlans plans, StoredSlots slots, ApprovalRecords records, Clock clock,
      ApprovalSubjects subjects) {
    this.subjects = subjects;
    this.plans = plans;
    this.slots = slots;
    this.records = records;
    this.clock = clock;
  }

  /** What the routing table decides the order's route on, as the order and its company stand now. */
  @Transactional(readOnly = true)
  public ApprovalRoutingFacts routingFactsOf(PurchaseOrderId id) {
    return subjects.routingFactsOf(id);
  }

  /** Stores the plan of an order revision under the id of the process instance that planned it. */
  @Transactional
  public void store(String planId, PurchaseOrderId purchaseOrderId, int revision, ApprovalPlan plan) {
    plans.save(new StoredPlan(planId, purchaseOrderId.value(), revision, Instant.now(clock)));
    List<StoredSlot> rows = new ArrayList<>();
    for (int step = 0; step < plan.steps().size(); step++) {
      ApprovalPlan.Step planned = plan.steps().get(step);
      for (int slot = 0; slot < planned.slots().size(); slot++) {
        rows.add(new StoredSlot(planId, step, planned, slot, planned.slots().get(slot)));
      }
    }
    slots.saveAll(rows);
  }

  @Transactional(readOnly = true)
  public Optional<ApprovalPlan> planOf(String planId) {
    return plans.findById(planId).map(head -> planFrom(slots.findByPlanIdOrderByStepIndexAscSlotIndexAsc(planId)));
  }

  /** The positions of the plan's steps, in order: what the chain iterates over. */
  @Transactional(readOnly = true)
  public List<Integer> stepIndexes(String planId) {
    return IntStream.range(0, requirePlan(planId).steps().size()).boxed().toList();
  }

  /** The slots of the step that runs now (the first one not yet approved), one task each. */
  @Transactional(readOnly = true)
  public List<Integer> slotsOfCurrentStep(String planId) {
    Progress progress = progressOf(planId);
    return progress.current()
        .map(step -> IntStream.range(0, progress.slotsOf(step).size()).boxed().toList())
        .orElseThrow(() -> new IllegalStateException("Plan " + planId + " has no step left to run"));
  }

  /** The SLA of the step that runs now. */
  @Transactional(readOnly = true)
  public Duration slaOfCurrentStep(String planId) {
    Progress progress = progressOf(planId);
    return progress.current().map(step -> progress.stepOf(step).sla())
        .orElseThrow(() -> new IllegalStateException("Plan " + planId + " has no step left to run"));
  }

  /**
   * Binds a new approval task to the next free slot of the step that runs now. Slots are taken in order, under a
   * lock on the plan's rows, so the tasks of one step get its slots one each.
   */
  @Transactional
  public BoundSlot bind(String planId, String chainId, String taskId) {
    StoredPlan head = plans.findById(planId)
        .orElseThrow(() -> new IllegalStateException("No approval plan " + planId + " for task " + taskId));
    List<StoredSlot> rows = slots.findForUpdateByPlanIdOrderByStepIndexAscSlotIndexAsc(planId);
    Progress progress = new Progress(rows, decisionsOf(rows));
    int step = progress.current()
        .orElseThrow(() -> new IllegalStateException("Plan " + planId + " has no open step for task " + taskId));
    StoredSlot free = rows.stream().filter(row -> row.stepIndex() == step && !row.bound()).findFirst()
        .orElseThrow(() -> new IllegalStateException("Step " + step + " of plan " + planId
            + " has no free slot for task " + taskId + ": the process created more tasks than the plan has slots"));
    free.bindTo(taskId, chainId);
    return bound(head, free, progress);
  }

  /** The slot a task was bound to when it was created; empty for a task that is not an approval of a plan. */
  @Transactional(readOnly = true)
  public Optional<BoundSlot> slotOf(String taskId) {
    return slots.findByTaskId(taskId).map(row -> {
      StoredPlan head = plans.findById(row.planId()).orElseThrow();
      List<StoredSlot> rows = slots.findByPlanIdOrderByStepIndexAscSlotIndexAsc(row.planId());
      return bound(head, row, new Progress(rows, decisionsOf(rows)));
    });
  }

  /** Whether a decision is already recorded on the task. */
  @Transactional(readOnly = true)
  public boolean decided(String taskId) {
    return records.existsByTaskId(taskId);
  }

  /** The step now running has its approvals, or someone rejected: the chain moves on. */
  @Transactional(readOnly = true)
  public boolean currentStepDecided(String planId) {
    Progress progress = progressOf(planId);
    return progress.rejected() || progress.startedStep().map(progress::approved).orElse(false);
  }

  @Transactional(readOnly = true)
  public boolean rejected(String planId) {
    return progressOf(planId).rejected();
  }

  /** Every step of the plan has its approvals and nobody rejected. */
  @Transactional(readOnly = true)
  public boolean approved(String planId) {
    return plans.existsById(planId) && progressOf(planId).complete();
  }

  /** The latest plan of the order revision, approved step by step (or needing no approval at all). */
  @Transactional(readOnly = true)
  public boolean approved(PurchaseOrderId purchaseOrderId, int revision) {
    return latestPlanOf(purchaseOrderId, revision).map(plan -> progressOf(plan).complete()).orElse(false);
  }

  /** The rejection that ended the plan's chain, if anyone rejected. */
  @Transactional(readOnly = true)
  public Optional<DecidedApproval> rejectionOf(String planId) {
    List<StoredSlot> rows = slots.findByPlanIdOrderByStepIndexAscSlotIndexAsc(planId);
    return decisionsOf(rows).values().stream().filter(record -> !record.approved())
        .min(Comparator.comparing(ApprovalRecord::decidedAt)).map(DecidedApproval::of);
  }

  /** The rejection that ended the chain of the order revision's latest plan, if anyone rejected. */
  @Transactional(readOnly = true)
  public Optional<DecidedApproval> rejectionOf(PurchaseOrderId purchaseOrderId, int revision) {
    return latestPlanOf(purchaseOrderId, revision).flatMap(this::rejectionOf);
  }

  /** Who approved last in the order revision's latest plan; empty when no approval was needed. */
  @Transactional(readOnly = true)
  public Optional<String> lastApprover(PurchaseOrderId purchaseOrderId, int revision) {
    return latestPlanOf(purchaseOrderId, revision).flatMap(this::lastApprover);
  }

  private Optional<String> latestPlanOf(PurchaseOrderId purchaseOrderId, int revision) {
    return plans.findFirstByPurchaseOrderIdAndRevisionOrderByPlannedAtDesc(purchaseOrderId.value(), revision)
        .map(StoredPlan::getId);
  }

  /** Who approved last in the plan, for the order's timeline; empty when no approval was needed. */
  @Transactional(readOnly = true)
  public Optional<String> lastApprover(String planId) {
    List<StoredSlot> rows = slots.findByPlanIdOrderByStepIndexAscSlotIndexAsc(planId);
    return decisionsOf(rows).values().stream().filter(ApprovalRecord::approved)
        .max(Comparator.comparing(ApprovalRecord::decidedAt)).map(ApprovalRecord::approver);
  }

  /**
   * Refuses a decision on a slot whose step is not the one running now: the chain was rejected, the step already
   * has its approvals, or its turn has not come.
   */
  void requireDecidable(BoundSlot slot) {
    Progress progress = progressOf(slot.planId());
    if (progress.decisions().containsKey(slot.taskId())) {
      throw new ConflictException("This approval step was already decided a moment ago; "
          + "nothing was changed");
    }
    if (progress.rejected()) {
      throw new ApprovalRefused("This order's approval was already rejected; nothing more can be decided", false);
    }
    if (!progress.current().equals(Optional.of(slot.stepIndex()))) {
      throw new ConflictException("Step " + slot.step().number() + " of this order's approval "
          + "is not open (it already has its approvals, or an earlier step has not); nothing was changed");
    }
  }

  private ApprovalPlan requirePlan(String planId) {
    return planOf(planId).orElseThrow(() -> new IllegalStateException("No approval plan " + planId));
  }

  private Progress progressOf(String planId) {
    List<StoredSlot> rows = slots.findByPlanIdOrderByStepIndexAscSlotIndexAsc(planId);
    return new Progress(rows, decisionsOf(rows));
  }

  private Map<String, ApprovalRecord> decisionsOf(List<StoredSlot> rows) {
    Set<String> tasks = rows.stream().map(StoredSlot::taskId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, ApprovalRecord> decisions = new HashMap<>();
    if (!tasks.isEmpty()) {
      records.findByTaskIdIn(tasks).forEach(record -> decisions.put(record.taskId(), record));
    }
    return decisions;
  }

  private static BoundSlot bound(StoredPlan head, StoredSlot row, Progress progress) {
    return new BoundSlot(head.purchaseOrderId(), head.revision(), head.getId(), row.stepIndex(),
        progress.stepOf(row.stepIndex()), row.slotIndex(), row.slot(), row.taskId(), row.chainId());
  }

  static ApprovalPlan planFrom(List<StoredSlot> rows) {
    Map<Integer, List<StoredSlot>> bySteps = new TreeMap<>(rows.stream()
        .collect(Collectors.groupingBy(StoredSlot::stepIndex)));
    return new ApprovalPlan(bySteps.values().stream()
        .map(step -> step.get(0).stepWith(step.stream().map(StoredSlot::slot).toList())).toList());
  }

  /** Where a plan stands, from its slots and the decisions recorded on their tasks. */
  private record Progress(List<StoredSlot> rows, Map<String, ApprovalRecord> decisions) {

    List<StoredSlot> slotsOf(int step) {
      return rows.stream().filter(row -> row.stepIndex() == step).toList();
    }

    ApprovalPlan.Step stepOf(int step) {
      List<StoredSlot> of = slotsOf(step);
      return of.get(0).stepWith(of.stream().map(StoredSlot::slot).toList());
    }

    int steps() {
      return rows.stream().mapToInt(StoredSlot::stepIndex).max().orElse(-1) + 1;
    }

    boolean rejected() {
      return decisions.values().stream().anyMatch(record -> !record.approved());
    }

    boolean approved(int step) {
      List<StoredSlot> of = slotsOf(step);
      long approvals = of.stream().map(row -> decisions.get(row.taskId()))
          .filter(record -> record != null && record.approved()).count();
      return approvals >= of.get(0).approvalsRequired();
    }

    /** The first step without its approvals; empty when every step has them. */
    Optional<Integer> current() {
      for (int step = 0; step < steps(); step++) {
        if (!approved(step)) {
          return Optional.of(step);
        }
      }
      return Optional.empty();
    }

    /** The last step that has tasks: the one the chain is in. */
    Optional<Integer> startedStep() {
      return rows.stream().filter(StoredSlot::bound).map(StoredSlot::stepIndex).max(Integer::compare);
    }

    boolean complete() {
      return !rejected() && current().isEmpty();
    }
  }
}
