package io.podesk.orders;

import java.math.BigDecimal;
import java.util.UUID;

/** The ERP's total for an order differs from PO Desk's beyond the tolerance: finance reviews it, nothing passes silently. */
public record ErpTotalsDiffer(UUID purchaseOrderId, BigDecimal ours, BigDecimal erps) {}
