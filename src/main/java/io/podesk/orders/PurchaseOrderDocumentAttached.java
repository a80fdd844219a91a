package io.podesk.orders;

import java.util.UUID;

/** The PO document arrived, so a process waiting for it may go on. */
public record PurchaseOrderDocumentAttached(UUID purchaseOrderId, UUID documentId) {}
