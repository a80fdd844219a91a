package io.podesk.erp;

/**
 * An order the ERP has, which it must hold (a change of it waits for approval in PO Desk) or cancel (the change
 * was rejected, or expired or was withdrawn before approval).
 *
 * @param company the customer company
 * @param reference the PO number (the common reference), or PO Desk's order id where there is none
 * @param erpReference the ERP's own reference for the order it has
 * @param revision the PO Desk revision the hold or cancellation is about (the change awaiting approval)
 * @param reason in words, for the people working in the ERP
 */
record ErpOrderHold(String company, String reference, String erpReference, int revision, String reason) {}
