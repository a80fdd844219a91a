package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Where an order's invoices are listed from; the invoicing module provides it. */
public interface InvoiceDirectory {

  List<InvoiceSummary> invoicesOf(PurchaseOrderId purchaseOrderId);

  /** An invoice as the order's JSON lists it. */
  record InvoiceSummary(String number, BigDecimal total, BigDecimal paid, BigDecimal outstanding, LocalDate dueDate,
      String status, String href) {}
}
