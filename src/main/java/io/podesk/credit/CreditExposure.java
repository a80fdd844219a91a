package io.podesk.credit;

import io.podesk.shared.PurchaseOrderId;

/** Where a customer's credit position comes from: our own books by default; an ERP adapter can replace it. */
public interface CreditExposure {

  /** The customer's position for this order, the order itself not counted among the open ones. */
  CreditPosition positionFor(PurchaseOrderId purchaseOrderId);
}
