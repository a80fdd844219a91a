package io.podesk.invoicing;

import io.podesk.documents.DocumentContent;
import io.podesk.documents.Documents;
import io.podesk.orders.VisibleOrders;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An invoice's PDF for someone who may see its order (another company's looks absent); every download audited. */
@Component
public class InvoiceDownloads {

  private final VisibleOrders orders;
  private final Invoicing invoicing;
  private final Documents documents;

  InvoiceDownloads(VisibleOrders orders, Invoicing invoicing, Documents documents) {
    this.orders = orders;
    this.invoicing = invoicing;
    this.documents = documents;
  }

  @Transactional
  public DocumentContent download(PurchaseOrderId purchaseOrderId, String number, Authentication caller) {
    orders.require(purchaseOrderId, caller);
    Invoice invoice = invoicing.find(purchaseOrderId, number)
        .filter(found -> found.documentId() != null)
        .orElseThrow(() -> new NotFoundException("No invoice " + number + " for this order"));
    return documents.download(invoice.documentId(), caller.getName());
  }
}
