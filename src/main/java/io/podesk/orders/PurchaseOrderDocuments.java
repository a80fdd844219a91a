package io.podesk.orders;

import io.podesk.documents.Documents;
import io.podesk.documents.StoredDocument;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches the signed PO document to an order: the one way in for the REST upload and the mail link alike, so the
 * content checks (a real PDF, size), the document store's audit and the process's message always apply.
 */
@Component
class PurchaseOrderDocuments {

  private final PurchaseOrders orders;
  private final Documents documents;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PurchaseOrderIntake intake;

  PurchaseOrderDocuments(PurchaseOrders orders, Documents documents, ApplicationEventPublisher events,
      Clock clock, PurchaseOrderIntake intake) {
    this.intake = intake;
    this.orders = orders;
    this.documents = documents;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Attaches the PDF uploaded by the user; the caller has checked that the user may act on the order. Before
   * approval it becomes the order's document; after approval it cannot swap the approved one: it becomes a new
   * version in a new revision that is approved again (only while the order waits in the ERP), and the approved
   * document stays on record.
   */
  @Transactional
  public StoredDocument attach(PurchaseOrderId purchaseOrderId, String fileName, byte[] content, Actor uploadedBy) {
    PurchaseOrder order = orders.findById(purchaseOrderId.value())
        .orElseThrow(() -> new NotFoundException("No purchase order " + purchaseOrderId));
    order.requireOpenForDocuments();
    boolean afterApproval = !order.status().isBeforeApproval() && order.status() != PurchaseOrderStatus.REJECTED;
    if (afterApproval && order.status() != PurchaseOrderStatus.SENT_TO_ERP) {
      throw new ConflictException("Purchase order " + order.displayName() + " is " + order.status() + "; the "
          + "approved signed document can be replaced only while the order waits in the ERP, before shipping");
    }
    StoredDocument document = documents.storePdf(purchaseOrderId, fileName, content, uploadedBy);
    if (afterApproval) {
      intake.reviseDocument(order, document.id(), uploadedBy);
      return document;
    }
    order.attachDocument(document.id(), Instant.now(clock));
    events.publishEvent(new PurchaseOrderDocumentAttached(purchaseOrderId, document.id()));
    return document;
  }
}
