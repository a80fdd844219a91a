package io.podesk.invoicing;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice falls due soon ({@code dunningLevel} 0) or is overdue (1, 2, ...: from 2 on the sales rep is told).
 */
public record PaymentReminderDue(PurchaseOrderId purchaseOrderId, String poNumber, String submittedBy,
    String salesRepEmail, String invoiceNumber, BigDecimal outstanding, String currency, LocalDate dueDate,
    int dunningLevel) {}
