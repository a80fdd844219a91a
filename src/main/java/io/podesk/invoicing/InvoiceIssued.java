package io.podesk.invoicing;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice was issued for goods that shipped. */
public record InvoiceIssued(PurchaseOrderId purchaseOrderId, String poNumber, String submittedBy,
    String invoiceNumber, BigDecimal total, String currency, LocalDate dueDate, UUID documentId) {}
