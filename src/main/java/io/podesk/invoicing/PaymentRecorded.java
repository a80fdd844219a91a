package io.podesk.invoicing;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;

/** A payment settled (part of) an invoice; {@code orderPaid} when every invoice of the order is paid. */
public record PaymentRecorded(PurchaseOrderId purchaseOrderId, String invoiceNumber, BigDecimal amount,
    boolean orderPaid) {}
