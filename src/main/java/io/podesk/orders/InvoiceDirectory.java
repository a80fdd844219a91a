package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Where an order's invoices are listed from; the invoicing module provides it. */
public interface InvoiceDirectory {

  List<InvoiceSummary> invoicesOf(PurchaseOrderId purchaseOrderId);

  /**
   * An invoice number as one segment of its download address: an ERP's number with slashes (Odoo's
   * {@code INV/2026/00017}) is spelled with {@code ~} ({@code INV~2026~00017}), since servers refuse encoded slashes.
   */
  static String pathOf(String number) {
    return number.replace('/', '~');
  }

  /** An invoice as the order's JSON lists it. */
  record InvoiceSummary(String number, BigDecimal total, BigDecimal paid, BigDecimal outstanding, LocalDate dueDate,
      String status, String href) {

    /** The number as its download address spells it ({@link #pathOf}). */
    public String path() {
      return pathOf(number);
    }
  }
}
