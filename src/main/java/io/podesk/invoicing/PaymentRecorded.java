package io.podesk.invoicing;

import java.math.BigDecimal;
import java.util.UUID;

/** A payment settled (part of) an invoice; {@code orderPaid} when every invoice of the order is paid. */
public record PaymentRecorded(UUID purchaseOrderId, String invoiceNumber, BigDecimal amount, boolean orderPaid) {}
