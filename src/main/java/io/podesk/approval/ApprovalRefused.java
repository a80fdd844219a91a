package io.podesk.approval;

/** A decision the domain does not accept, with the reason an approver can act on. */
public class ApprovalRefused extends RuntimeException {

  private final boolean escalate;

  ApprovalRefused(String message, boolean escalate) {
    super(message);
    this.escalate = escalate;
  }

  /** Whether the task should go to a backup group: nobody in reach may decide it as it stands. */
  public boolean escalate() {
    return escalate;
  }
}
