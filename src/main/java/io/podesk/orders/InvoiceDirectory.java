package io.podesk.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where an order's invoices are listed from; the invoicing module provides it. */
public interface InvoiceDirectory {

  List<InvoiceSummary> invoicesOf(UUID purchaseOrderId);

  /** An invoice as the order's JSON lists it. */
  record InvoiceSummary(String number, BigDecimal total, BigDecimal paid, BigDecimal outstanding, LocalDate dueDate,
      String status, String href) {}
}
