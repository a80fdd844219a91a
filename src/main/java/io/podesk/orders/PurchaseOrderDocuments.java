package io.podesk.orders;

import io.podesk.documents.Document;
import io.podesk.documents.Documents;
import io.podesk.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches the signed PO document to an order: the one way in for the REST upload and the mail link alike, so the
 * content checks (a real PDF, size), the document store's audit and the process's message always apply.
 */
@Component
public class PurchaseOrderDocuments {

  private final PurchaseOrders orders;
  private final Documents documents;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PurchaseOrderDocuments(PurchaseOrders orders, Documents documents, ApplicationEventPublisher events,
      Clock clock) {
    this.orders = orders;
    this.documents = documents;
    this.events = events;
    this.clock = clock;
  }

  /** Attaches the PDF uploaded by the user; the caller has checked that the user may act on the order. */
  @Transactional
  public Document attach(UUID purchaseOrderId, String fileName, byte[] content, String uploadedBy) {
    PurchaseOrder order = orders.findById(purchaseOrderId)
        .orElseThrow(() -> new NotFoundException("No purchase order " + purchaseOrderId));
    order.requireOpenForDocuments();
    Document document = documents.storePdf(purchaseOrderId, fileName, content, uploadedBy);
    order.attachDocument(document.id(), Instant.now(clock));
    events.publishEvent(new PurchaseOrderDocumentAttached(purchaseOrderId, document.id()));
    return document;
  }
}
