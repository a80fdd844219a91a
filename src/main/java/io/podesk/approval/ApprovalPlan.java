package io.podesk.approval;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Who must approve an order revision, in which order: steps run one after another, the slots of a step in
 * parallel, and a step is done after {@code approvalsRequired} of its slots approved (k of n). No step means no
 * approval was needed. Built by the server from the routing table and stored by {@link ApprovalPlans}; tasks are
 * bound to its slots by task id, so nothing a client writes into the process changes it.
 */
public record ApprovalPlan(List<Step> steps) {

  public ApprovalPlan {
    steps = List.copyOf(steps);
  }

  public static ApprovalPlan none() {
    return new ApprovalPlan(List.of());
  }

  public boolean approvalNeeded() {
    return !steps.isEmpty();
  }

  /** Whose approval a slot asks for: the buyer's own company has no seller authority limits. */
  public enum Side {
    BUYER, SELLER
  }

  /**
   * @param number the routing table's step number (0: the buyer's company)
   * @param mode "sequential" or "parallel", as the routing table says; for people reading the plan
   */
  public record Step(int number, String mode, int approvalsRequired, Duration sla, List<Slot> slots) {

    public Step {
      slots = List.copyOf(slots);
      if (slots.isEmpty()) {
        throw new IllegalArgumentException("An approval step needs at least one slot");
      }
      if (approvalsRequired < 1 || approvalsRequired > slots.size()) {
        throw new IllegalArgumentException("Step " + number + " needs " + approvalsRequired + " approvals but has "
            + slots.size() + " slots");
      }
    }

    /**
     * Step 0: the buyer's company approves first, {@code approvalsRequired} of its approvers, one slot each of its
     * approver group (four-eyes keeps them distinct), within two days.
     */
    public static Step buyerCompany(String approverGroup, int approvalsRequired) {
      return new Step(0, approvalsRequired > 1 ? "parallel" : "sequential", approvalsRequired, Duration.ofDays(2),
          Collections.nCopies(approvalsRequired, new Slot(approverGroup, approverGroup, Side.BUYER)));
    }
  }

  public record Slot(String group, String backupGroup, Side side) {}
}
