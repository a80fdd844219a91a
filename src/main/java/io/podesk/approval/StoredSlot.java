package io.podesk.approval;

import io.podesk.shared.AssignedIdEntity;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.UUID;

/** One slot of a stored plan, with the step it belongs to, and the task bound to it once that task exists. */
@Entity
@Table(name = "approval_plan_slots")
class StoredSlot extends AssignedIdEntity<UUID> {

  @Column(name = "plan_id", nullable = false)
  private String planId;

  @Column(name = "step_index", nullable = false)
  private int stepIndex;

  @Column(name = "step_number", nullable = false)
  private int stepNumber;

  @Column(name = "step_mode", nullable = false)
  private String stepMode;

  @Column(name = "approvals_required", nullable = false)
  private int approvalsRequired;

  @Column(nullable = false)
  private String sla;

  @Column(name = "slot_index", nullable = false)
  private int slotIndex;

  @Column(name = "approver_group", nullable = false)
  private String approverGroup;

  @Column(name = "backup_group", nullable = false)
  private String backupGroup;

  @Column(nullable = false)
  private String side;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "chain_id")
  private String chainId;

  protected StoredSlot() {}

  StoredSlot(String planId, int stepIndex, ApprovalPlan.Step step, int slotIndex, ApprovalPlan.Slot slot) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.stepIndex = stepIndex;
    this.stepNumber = step.number();
    this.stepMode = step.mode();
    this.approvalsRequired = step.approvalsRequired();
    this.sla = step.sla().toString();
    this.slotIndex = slotIndex;
    this.approverGroup = slot.group();
    this.backupGroup = slot.backupGroup();
    this.side = slot.side().name();
  }

  String planId() {
    return planId;
  }

  int stepIndex() {
    return stepIndex;
  }

  int slotIndex() {
    return slotIndex;
  }

  int approvalsRequired() {
    return approvalsRequired;
  }

  String taskId() {
    return taskId;
  }

  String chainId() {
    return chainId;
  }

  boolean bound() {
    return taskId != null;
  }

  void bindTo(String taskId, String chainId) {
    if (this.taskId != null) {
      throw new IllegalStateException("Slot " + slotIndex + " of step " + stepNumber + " already has task "
          + this.taskId);
    }
    this.taskId = taskId;
    this.chainId = chainId;
  }

  ApprovalPlan.Step stepWith(List<ApprovalPlan.Slot> slots) {
    return new ApprovalPlan.Step(stepNumber, stepMode, approvalsRequired, Duration.parse(sla), slots);
  }

  ApprovalPlan.Slot slot() {
    return new ApprovalPlan.Slot(approverGroup, backupGroup, ApprovalPlan.Side.valueOf(side));
  }
}
