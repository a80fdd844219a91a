package io.podesk.approval;

/**
 * Four eyes: nobody decides on a purchase order they submitted themselves, whether they decide it, claim it, or
 * have it handed to them (by a colleague or because its assignee is out of office).
 */
public final class FourEyes {

  private FourEyes() {}

  /** Whether {@code userId} may decide on an order that {@code submittedBy} submitted. */
  public static boolean mayDecide(String userId, String submittedBy) {
    return !userId.equals(submittedBy);
  }

  /** Refuses a decision by the order's own submitter, with the reason the approver reads. */
  static void requireNotOwnOrder(String approver, String submittedBy) {
    if (!mayDecide(approver, submittedBy)) {
      throw new ApprovalRefused("Nobody approves their own purchase order", false);
    }
  }
}
