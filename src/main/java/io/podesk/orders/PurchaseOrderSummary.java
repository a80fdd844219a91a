package io.podesk.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One order as lists and reports show it: a read-only value from orders' query API, never the aggregate.
 *
 * @param poNumber null for an order entered without one (ERP offline orders)
 */
public record PurchaseOrderSummary(UUID id, String poNumber, String companyId, BigDecimal total, String currency,
    PurchaseOrderStatus status, Instant submittedAt, Instant updatedAt) {

  /** Straight from the aggregate, without loading its lines. */
  static PurchaseOrderSummary of(PurchaseOrder order) {
    return new PurchaseOrderSummary(order.id(), order.poNumber(), order.customerId(), order.total().amount(),
        order.currency(), order.status(), order.submittedAt(), order.updatedAt());
  }

  static PurchaseOrderSummary of(PurchaseOrderSnapshot order) {
    return new PurchaseOrderSummary(order.id(), order.poNumber(), order.customerId(), order.total().amount(),
        order.currency(), order.status(), order.submittedAt(), order.updatedAt());
  }

  /** The PO number, or the id for an order entered without one. */
  public String displayName() {
    return poNumber != null ? poNumber : id.toString();
  }
}
