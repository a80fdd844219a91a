package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.invoicing.PaymentRecorded;
import io.podesk.orders.ErpTotalsDiffer;
import io.podesk.orders.PurchaseOrderDocumentAttached;
import io.podesk.orders.PurchaseOrderWithdrawn;
import io.podesk.orders.ShipmentRecorded;
import io.podesk.shared.ConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a running process what happened to its order, in the same transaction as the change. A process not
 * (yet) waiting for the message is no error: it reads the order's state itself when it gets there.
 */
@Component
class PurchaseOrderCorrelations {

  private final RuntimeService runtime;

  PurchaseOrderCorrelations(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(PurchaseOrderDocumentAttached event) {
    correlate(() -> runtime.createMessageCorrelation(MESSAGE_DOCUMENT_UPLOADED)
        .processInstanceBusinessKey(event.purchaseOrderId().toString())
        .setVariable(DOCUMENT_ATTACHED.name(), true)
        .correlateAllWithResult());
  }

  @EventListener
  void on(PurchaseOrderWithdrawn event) {
    correlate(() -> runtime.createMessageCorrelation(MESSAGE_CANCELLED)
        .processInstanceBusinessKey(event.purchaseOrderId().toString())
        .correlateAllWithResult());
  }

  @EventListener
  void on(ShipmentRecorded event) {
    correlate(() -> runtime.createMessageCorrelation(MESSAGE_SHIPMENT_RECORDED)
        .processInstanceBusinessKey(event.purchaseOrderId().toString())
        .correlateAllWithResult());
  }

  @EventListener
  void on(PaymentRecorded event) {
    correlate(() -> runtime.createMessageCorrelation(MESSAGE_PAYMENT_RECORDED)
        .processInstanceBusinessKey(event.purchaseOrderId().toString())
        .correlateAllWithResult());
  }

  @EventListener
  void on(ErpTotalsDiffer event) {
    correlate(() -> runtime.createMessageCorrelation(MESSAGE_ERP_TOTALS_DIFFER)
        .processInstanceBusinessKey(event.purchaseOrderId().toString())
        .setVariable("erpTotal", event.erps() == null ? "(not given)" : event.erps().toPlainString())
        .setVariable("erpTotalsDifferences", event.differences())
        .correlateAllWithResult());
  }

  /** The process moved at the same moment: the caller's whole change is rolled back and may simply be retried. */
  private static void correlate(Runnable correlation) {
    try {
      correlation.run();
    } catch (OptimisticLockingException e) {
      throw new ConflictException("The order is being processed at this very moment; please try again");
    }
  }
}
