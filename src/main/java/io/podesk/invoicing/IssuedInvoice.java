package io.podesk.invoicing;

import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import java.time.LocalDate;
import java.util.List;

/** An issued invoice as other modules read it (the ERP push sends these): a value, never the entity. */
public record IssuedInvoice(String number, PurchaseOrderId purchaseOrderId, String currency, Money net, Money tax,
    Money total, LocalDate dueDate, List<Invoice.Line> lines) {

  public IssuedInvoice {
    lines = List.copyOf(lines);
  }

  static IssuedInvoice of(Invoice invoice) {
    return new IssuedInvoice(invoice.number(), invoice.purchaseOrderId(), invoice.currency(), invoice.net(),
        invoice.tax(), invoice.total(), invoice.dueDate(), invoice.lines());
  }
}
