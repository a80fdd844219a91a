package io.podesk.orders;

import io.podesk.shared.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few sample orders so a fresh demo has something in every state: one auto-approved on its way to the ERP,
 * one waiting for a sales manager, one waiting for its signed PDF. Submitted through the real intake.
 */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoPurchaseOrders {

  private final PurchaseOrderIntake intake;
  private final PurchaseOrders orders;
  private final TransactionTemplate transactions;

  DemoPurchaseOrders(PurchaseOrderIntake intake, PurchaseOrders orders,
      PlatformTransactionManager transactionManager) {
    this.intake = intake;
    this.orders = orders;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  public void load() {
    if (orders.existsByCustomerIdAndPoNumberKey("northwind", "NW-DE-0001")) {
      return;
    }
    // all or nothing: when two nodes start at once, the second one's duplicate PO number rolls its set back
    try {
      transactions.executeWithoutResult(status -> {
        intake.submit("globexbuyer", order(null, "VLV-200", "Gate valve DN50", "4", "85.00"));
        intake.submit("nwbuyer", order("NW-DE-0001", "GLV-100", "Nitrile gloves, box of 100", "300", "6.40"));
        intake.submit("acmebuyer", order("PO-000001", "BRG-6204", "Ball bearing 6204", "40", "12.50"));
      });
    } catch (ConflictException | DataIntegrityViolationException e) {
      LoggerFactory.getLogger(DemoPurchaseOrders.class)
          .info("Demo orders were just created by another node; this node leaves them be");
    }
  }

  private static SubmitPurchaseOrder order(String poNumber, String sku, String description, String quantity,
      String unitPrice) {
    return new SubmitPurchaseOrder(poNumber, "USD",
        List.of(new SubmitPurchaseOrder.Line(sku, description, new BigDecimal(quantity), new BigDecimal(unitPrice))),
        null, "Sample order from the demo data");
  }
}
