package io.podesk.orders;

import java.math.BigDecimal;
import java.util.UUID;

/** A buyer submitted a purchase order; published in the submitting transaction. */
public record PurchaseOrderSubmitted(UUID purchaseOrderId, String customerId, String poNumber, String submittedBy,
    BigDecimal total, String currency) {}
