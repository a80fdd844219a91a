package io.podesk.orders;

import io.podesk.shared.CompanyId;
import io.podesk.shared.PurchaseOrderId;

/**
 * A buyer revised an order. With {@code reapproval} it runs through its lifecycle again; without, only the ERP
 * is told of the change.
 *
 * @param heldRevision the revision the ERP already has and must hold while the new one is approved again, or 0
 *     when the ERP has none of the order (a rejected order revised) or takes the change at once
 */
public record PurchaseOrderRevised(PurchaseOrderId purchaseOrderId, CompanyId customerId, String poNumber, int revision,
    boolean reapproval, int heldRevision, String erpReference, String summary) {

  public boolean holdInErp() {
    return reapproval && heldRevision > 0;
  }
}
