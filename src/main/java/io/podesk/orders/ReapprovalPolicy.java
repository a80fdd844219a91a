package io.podesk.orders;

/**
 * Whether a change to an order the ERP already has must be approved again, and from which step of the approval
 * routing: decided by the re-approval table, which the workflow module evaluates.
 */
public interface ReapprovalPolicy {

  Reapproval decide(RevisionChange change);

  /**
   * @param needed the change is approved again before the ERP takes it
   * @param fromStep the first routing step that runs again (0: the buyer's company, 1: the seller's first step)
   * @param reason why, in words for the timeline
   */
  record Reapproval(boolean needed, int fromStep, String reason) {

    public static Reapproval full(String reason) {
      return new Reapproval(true, 0, reason);
    }
  }
}
