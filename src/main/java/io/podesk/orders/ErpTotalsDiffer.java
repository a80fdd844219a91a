package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;

/** The ERP's total for an order differs from PO Desk's beyond the tolerance: finance reviews it, nothing passes silently. */
public record ErpTotalsDiffer(PurchaseOrderId purchaseOrderId, BigDecimal ours, BigDecimal erps) {}
