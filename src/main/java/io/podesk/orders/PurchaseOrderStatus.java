package io.podesk.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status a buyer sees: the phases the process moves the order through, then the fulfilment statuses the order
 * derives from its shipments, invoices and payments. The domain refuses illegal moves.
 */
public enum PurchaseOrderStatus {
  SUBMITTED,
  AWAITING_DOCUMENT,
  PENDING_APPROVAL,
  CREDIT_HOLD,
  APPROVED,
  SENT_TO_ERP,
  PARTIALLY_SHIPPED,
  SHIPPED,
  INVOICED,
  PAID,
  COMPLETED,
  REJECTED,
  CANCELLED,
  EXPIRED;

  private static final Set<PurchaseOrderStatus> BEFORE_APPROVAL =
      EnumSet.of(SUBMITTED, AWAITING_DOCUMENT, PENDING_APPROVAL, CREDIT_HOLD);

  boolean canMoveTo(PurchaseOrderStatus next) {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(AWAITING_DOCUMENT, PENDING_APPROVAL, CREDIT_HOLD, APPROVED, REJECTED, CANCELLED,
          EXPIRED).contains(next);
      case AWAITING_DOCUMENT -> EnumSet.of(PENDING_APPROVAL, CREDIT_HOLD, APPROVED, REJECTED, CANCELLED, EXPIRED)
          .contains(next);
      case PENDING_APPROVAL -> EnumSet.of(CREDIT_HOLD, APPROVED, REJECTED, CANCELLED, EXPIRED).contains(next);
      case CREDIT_HOLD -> EnumSet.of(PENDING_APPROVAL, APPROVED, REJECTED, CANCELLED, EXPIRED).contains(next);
      case APPROVED -> EnumSet.of(SENT_TO_ERP, CANCELLED).contains(next);
      case SENT_TO_ERP -> EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, CANCELLED).contains(next);
      case PARTIALLY_SHIPPED -> EnumSet.of(SHIPPED, INVOICED).contains(next);
      case SHIPPED -> EnumSet.of(INVOICED).contains(next);
      case INVOICED -> EnumSet.of(PAID).contains(next);
      case PAID -> EnumSet.of(COMPLETED).contains(next);
      case COMPLETED, REJECTED, CANCELLED, EXPIRED -> false;
    };
  }

  /** Whether the buyer may still cancel: only before approval. */
  public boolean isBeforeApproval() {
    return BEFORE_APPROVAL.contains(this);
  }

  public boolean isFinal() {
    return this == COMPLETED || this == REJECTED || this == CANCELLED || this == EXPIRED;
  }
}
