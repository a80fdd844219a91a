package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.util.UUID;

/** The PO document arrived, so a process waiting for it may go on. */
public record PurchaseOrderDocumentAttached(PurchaseOrderId purchaseOrderId, UUID documentId) {}
