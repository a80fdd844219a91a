package io.podesk.erp;

import io.podesk.invoicing.ErpInvoicesWanted;
import io.podesk.invoicing.ErpIssuedInvoice;
import io.podesk.invoicing.Invoicing;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.shared.PurchaseOrderId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * With {@code podesk.invoicing.issuer=erp}, the ERP's invoices are the order's only invoices: each one the ERP
 * posted for the order and PO Desk has not recorded yet is recorded against the next shipment no invoice covers, in
 * order (an ERP invoicing delivered quantities issues one per delivery). One the ERP issued before PO Desk knows of
 * its shipment waits for the next look. The adapter must read invoices back (Odoo does); anything else is refused
 * at startup.
 */
@Service
class ErpIssuedInvoices {

  private static final Logger log = LoggerFactory.getLogger(ErpIssuedInvoices.class);

  private final ErpGateway gateway;
  private final Invoicing invoicing;
  private final PurchaseOrderQueries orders;

  ErpIssuedInvoices(ErpGateway gateway, Invoicing invoicing, PurchaseOrderQueries orders) {
    this.gateway = gateway;
    this.invoicing = invoicing;
    this.orders = orders;
    if (invoicing.issuedByErp() && !gateway.issuesInvoices()) {
      throw new IllegalStateException("podesk.invoicing.issuer=erp needs an ERP adapter that reads invoices back: "
          + "set podesk.erp.adapter=odoo (PODESK_ERP_ADAPTER), or let PO Desk issue them (issuer=podesk)");
    }
  }

  /** Where PO Desk would issue invoices of the order, in the same transaction. */
  @EventListener
  void on(ErpInvoicesWanted wanted) {
    if (wanted.mustReach()) {
      importFor(wanted.purchaseOrderId());
    } else {
      importIfReachable(wanted.purchaseOrderId());
    }
  }

  /** Records the ERP's new invoices of the order; answers how many. Nothing without an ERP reference yet. */
  int importFor(PurchaseOrderId purchaseOrderId) {
    if (!invoicing.issuedByErp()) {
      return 0;
    }
    PurchaseOrderSnapshot order = orders.find(purchaseOrderId).orElse(null);
    if (order == null || order.erpReference() == null || order.erpReference().isBlank()) {
      return 0;
    }
    List<ErpIssuedInvoice> issued = gateway.issuedInvoices(order.erpReference()).stream()
        .filter(invoice -> invoicing.findByNumber(invoice.number()).isEmpty()).toList();
    List<UUID> open = invoicing.shipmentsNotInvoiced(purchaseOrderId);
    int recorded = 0;
    for (int i = 0; i < Math.min(issued.size(), open.size()); i++) {
      if (invoicing.recordErpInvoice(purchaseOrderId, open.get(i), issued.get(i))) {
        recorded++;
      }
    }
    return recorded;
  }

  /** Like {@link #importFor}, for the daily look: an ERP that does not answer now is asked again tomorrow. */
  int importIfReachable(PurchaseOrderId purchaseOrderId) {
    try {
      return importFor(purchaseOrderId);
    } catch (ErpUnavailableException e) {
      log.warn("ERP invoices of {} not read: {}",
          purchaseOrderId, e.getMessage());
      return 0;
    }
  }
}
