package io.podesk.orders;

import java.util.UUID;

/**
 * A buyer revised an order. With {@code reapproval} it runs through its lifecycle again; without, only the ERP
 * is told of the change.
 */
public record PurchaseOrderRevised(UUID purchaseOrderId, int revision, boolean reapproval, String summary) {}
