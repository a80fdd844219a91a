package io.podesk.erp;

/**
 * The ERP sent an event naming an order, invoice or product PO Desk does not have: it waits among the unmatched
 * events until what it names exists and someone replays it; operations hear of it.
 */
public record ErpEventUnmatched(String eventId, String type, String company, String poNumber, String detail) {}
