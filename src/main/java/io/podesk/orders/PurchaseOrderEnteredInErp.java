package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;

/**
 * An order entered in the ERP (an offline order) was recorded, already in the ERP; published in the recording
 * transaction, so that its shipments are awaited, invoiced and paid like any other order's.
 */
public record PurchaseOrderEnteredInErp(PurchaseOrderId purchaseOrderId, String erpReference) {}
