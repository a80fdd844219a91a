package io.podesk.erp;

import java.util.UUID;

/** The ERP sent an event PO Desk had to refuse (e.g. cancelling an order that already ships): operations act. */
public record ErpEventRefused(String eventId, String type, String company, String poNumber, UUID purchaseOrderId,
    String reason) {}
