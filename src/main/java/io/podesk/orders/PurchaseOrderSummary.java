package io.podesk.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One order as lists and reports show it: a read-only value from orders' query API, never the aggregate.
 *
 * @param poNumber null for an order entered without one (ERP offline orders)
 */
public record PurchaseOrderSummary(UUID id, String poNumber, String companyId, BigDecimal total, String currency,
    PurchaseOrderStatus status, Instant submittedAt) {}
