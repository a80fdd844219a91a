package io.podesk.invoicing;

import io.podesk.shared.PurchaseOrderId;

/**
 * With {@code podesk.invoicing.issuer=erp}, the moment PO Desk would issue invoices (a shipment, the daily look):
 * the ERP's invoices of the order are to be read back and recorded, in the same transaction.
 *
 * @param mustReach whether an ERP that does not answer fails the step (to be retried), or is asked again on the next
 *     daily look (reminders still go out)
 */
public record ErpInvoicesWanted(PurchaseOrderId purchaseOrderId, boolean mustReach) {}
