package io.podesk.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice was issued for goods that shipped. */
public record InvoiceIssued(UUID purchaseOrderId, String poNumber, String submittedBy, String invoiceNumber,
    BigDecimal total, String currency, LocalDate dueDate, UUID documentId) {}
