package io.podesk.support;

import io.podesk.approval.ApprovalPlan;
import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.Shipment;
import io.podesk.orders.SubmitPurchaseOrder;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Moves an order along in a module test where the workflow module, which otherwise does it, is not started: through
 * the orders and approval modules' public APIs, the way the process's delegates do. One place to change when those
 * APIs change.
 */
public final class OrderSteps {

  private final PurchaseOrderCommands lifecycle;
  private final ApprovalPlans plans;

  public OrderSteps(PurchaseOrderCommands lifecycle, ApprovalPlans plans) {
    this.lifecycle = lifecycle;
    this.plans = plans;
  }

  /** An order of one line (SKU {@code GLV-100}) submitted by the buyer. */
  public PurchaseOrderSnapshot submit(String buyer, String poNumber, String quantity, String unitPrice) {
    return lifecycle.submit(buyer, new SubmitPurchaseOrder(poNumber, "USD", List.of(new SubmitPurchaseOrder.Line(
        "GLV-100", "Nitrile gloves, box of 100", new BigDecimal(quantity), new BigDecimal(unitPrice))), null, null));
  }

  /** Approved as an order that needs no approval is: its plan has no step. */
  public UUID approve(UUID order) {
    plans.store("plan-" + order, PurchaseOrderId.of(order), 1, ApprovalPlan.none());
    lifecycle.approve(PurchaseOrderId.of(order));
    return order;
  }

  /** Approved and in the ERP under the given reference. */
  public UUID inErp(UUID order, String erpReference) {
    approve(order);
    lifecycle.recordErpReference(PurchaseOrderId.of(order), erpReference);
    return order;
  }

  /** In the ERP, and the given quantity of its one line shipped. */
  public UUID shipped(UUID order, String quantity) {
    inErp(order, "ERP-" + order);
    lifecycle.recordShipment(PurchaseOrderId.of(order), "erp-event-" + UUID.randomUUID(), "TRACK-1",
        List.of(new Shipment.Line("GLV-100", new BigDecimal(quantity))));
    return order;
  }
}
