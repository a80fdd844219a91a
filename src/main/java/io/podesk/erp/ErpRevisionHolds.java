package io.podesk.erp;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderRevised;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderStatusChanged;
import io.podesk.shared.Actor;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the ERP in step while a change of an order it has is approved again: it holds the revision it has, and
 * cancels it when the change is rejected, expires or is withdrawn before approval. Module events, so a failing ERP
 * is retried (the event stays incomplete and is resubmitted) and nothing is lost. An approved change reaches the
 * ERP as the new revision, through the process's own push step.
 */
@Component
class ErpRevisionHolds {

  private final ErpGateway gateway;
  private final PurchaseOrderCommands orders;
  private final AuditTrail audit;

  ErpRevisionHolds(ErpGateway gateway, PurchaseOrderCommands orders, AuditTrail audit) {
    this.gateway = gateway;
    this.orders = orders;
    this.audit = audit;
  }

  @ApplicationModuleListener(condition = "#event.holdInErp()")
  void on(PurchaseOrderRevised event) {
    PurchaseOrderSnapshot order = orders.get(event.purchaseOrderId());
    gateway.hold(new ErpOrderHold(order.customerId(), referenceOf(order), event.erpReference(), event.revision(),
        event.summary()));
    audit.record(order.purchaseOrderId(), Actor.SYSTEM, AuditType.HELD_IN_ERP, "The ERP holds " + event.erpReference()
        + " while revision " + event.revision() + " is approved again");
  }

  @ApplicationModuleListener(condition = "#event.from().isBeforeApproval() "
      + "and #event.to().name() matches 'REJECTED|EXPIRED|CANCELLED'")
  void on(PurchaseOrderStatusChanged event) {
    PurchaseOrderSnapshot order = orders.get(event.purchaseOrderId());
    if (order.erpReference() == null) {
      // the order never reached the ERP: nothing there to cancel
      return;
    }
    String why = "revision " + order.revision() + " " + event.to().name().toLowerCase(Locale.ROOT)
        + (event.reason() == null ? "" : ": " + event.reason());
    gateway.cancel(new ErpOrderHold(order.customerId(), referenceOf(order), order.erpReference(), order.revision(),
        why));
    audit.record(order.purchaseOrderId(), Actor.SYSTEM, AuditType.CANCELLED_IN_ERP, "The ERP was told to cancel "
        + order.erpReference() + " (" + why + ")");
  }

  private static String referenceOf(PurchaseOrderSnapshot order) {
    return order.poNumber() != null ? order.poNumber() : order.id().toString();
  }
}
