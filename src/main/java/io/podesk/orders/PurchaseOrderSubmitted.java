package io.podesk.orders;

import io.podesk.shared.CompanyId;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;

/** A buyer submitted a purchase order; published in the submitting transaction. */
public record PurchaseOrderSubmitted(PurchaseOrderId purchaseOrderId, CompanyId customerId, String poNumber,
    String submittedBy, BigDecimal total, String currency) {}
