package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;

/**
 * The ERP's figures for an order differ from PO Desk's beyond the tolerance: finance reviews them, nothing passes
 * silently.
 *
 * @param ours our total, tax included
 * @param erps the ERP's total, tax included (null when it gave only net or tax)
 * @param differences each figure the ERP gave (net, tax, total) beside ours and the difference, in words
 */
public record ErpTotalsDiffer(PurchaseOrderId purchaseOrderId, BigDecimal ours, BigDecimal erps,
    String differences) {}
